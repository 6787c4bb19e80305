package minotaur.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import minotaur.os.Futex;
import minotaur.os.Os;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Store buffering (Dekker), jcstress style: thread 0 {@code x = 1; between; r0 = y}, thread 1
 * {@code y = 1; between; r1 = x}, on fresh cells each round, both threads released together by a
 * rendezvous. Acceptable: (0,1), (1,0), (1,1). Forbidden when {@code between} is a full fence:
 * (0,0), which x86 shows without one (a load passes the earlier store still in the store buffer).
 * The fence is {@code smp_mb()} ({@code Memory.fullFence}) or any OS call, which must act as a full
 * fence (a syscall in C).
 */
@Tag("slow")
class StoreBufferingLitmusTest {
  private static final int ROUNDS = 100_000;

  /** A step between a thread's store and its load. */
  interface Between {
    void run(int thread);
  }

  private static int forbiddenOutcomes(Between between) throws InterruptedException {
    IntCell[] xs = new IntCell[ROUNDS];
    IntCell[] ys = new IntCell[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      xs[i] = Memory.jvm().intCell("x", 0);
      ys[i] = Memory.jvm().intCell("y", 0);
    }
    int[][] results = new int[2][ROUNDS];
    AtomicInteger arrived = new AtomicInteger();
    Thread[] actors = new Thread[2];
    for (int t = 0; t < 2; t++) {
      int me = t;
      actors[t] = new Thread(() -> {
        for (int i = 0; i < ROUNDS; i++) {
          arrived.incrementAndGet();
          int spins = 0;
          while (arrived.get() < 2 * (i + 1)) {
            if (++spins % 1024 == 0) Thread.yield();
            Thread.onSpinWait();
          }
          (me == 0 ? xs[i] : ys[i]).setOpaque(1);
          between.run(me);
          results[me][i] = (me == 0 ? ys[i] : xs[i]).getOpaque();
        }
      }, "litmus-" + t);
      actors[t].start();
    }
    for (Thread a : actors) a.join();
    int forbidden = 0;
    for (int i = 0; i < ROUNDS; i++) {
      if (results[0][i] == 0 && results[1][i] == 0) forbidden++;
    }
    return forbidden;
  }

  @Test void fullFenceForbidsBothZero() throws InterruptedException {
    assertEquals(0, forbiddenOutcomes(t -> Memory.jvm().fullFence()));
  }

  @Test void anOsCallIsAFullFence() throws InterruptedException {
    Futex futex = Os.jvm().futex("litmus");
    IntCell[] nobody = {Memory.jvm().intCell("a", 0), Memory.jvm().intCell("b", 0)};
    assertEquals(0, forbiddenOutcomes(t -> futex.wake(nobody[t], 1)));
  }

  /** The harness sees the reordering the fences forbid: without one, (0,0) shows up. */
  @Test void withoutAFenceBothZeroIsObserved() throws InterruptedException {
    int seen = forbiddenOutcomes(t -> {});
    assertTrue(seen > 0, "no (0,0) in " + ROUNDS + " unfenced rounds: the harness cannot see reordering");
  }
}
