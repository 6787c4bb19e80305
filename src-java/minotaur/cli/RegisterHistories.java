package minotaur.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import minotaur.history.Op;

/**
 * Large linearizable register histories for benchmarks: {@code processes} clients run reads and
 * writes of values 0-9 against a real register, each call taking effect at a random moment
 * between its invocation and completion; one call in a thousand crashes ({@code :info}) and its
 * process is replaced by a fresh one. A pure function of the seed.
 */
public final class RegisterHistories {
  private RegisterHistories() {}

  public static List<Op> generate(int processes, int calls, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Op> ops = new ArrayList<>(calls * 2 + processes);
    int[] id = new int[processes];
    Op[] running = new Op[processes];
    boolean[] effected = new boolean[processes];
    Object[] result = new Object[processes];
    for (int i = 0; i < processes; i++) id[i] = i;
    int nextId = processes;
    long value = 0;
    int invoked = 0;
    int open = 0;
    while (invoked < calls || open > 0) {
      int s = random.nextInt(processes);
      if (running[s] == null) {
        if (invoked == calls) continue;
        invoked++;
        open++;
        running[s] = random.nextBoolean() ? Op.invoke(id[s], "read", null)
            : Op.invoke(id[s], "write", (long) random.nextInt(10));
        effected[s] = false;
        ops.add(running[s]);
      } else if (!effected[s]) {
        if (random.nextBoolean()) continue;
        effected[s] = true;
        if (running[s].f().getName().equals("write")) {
          value = (Long) running[s].value();
          result[s] = value;
        } else {
          result[s] = value;
        }
      } else if (random.nextInt(1000) == 0) {
        ops.add(Op.info(id[s], running[s].f().getName(), running[s].value()));
        running[s] = null;
        open--;
        id[s] = nextId++;
      } else {
        ops.add(Op.ok(id[s], running[s].f().getName(), result[s]));
        running[s] = null;
        open--;
      }
    }
    return ops;
  }
}
