package minotaur.check;

import clojure.lang.PersistentVector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import minotaur.history.Op;

/**
 * Small random histories of register, cas-register and mutex (initial value nil, unlocked), made by simulating 2-5 processes
 * against a real sequential object: each call takes effect at a random moment between its
 * invocation and its completion (so most histories are linearizable), and with a small
 * probability a result is corrupted or a lock is granted twice (so some are not). Calls may
 * {@code :fail} (they did not take effect; a cas whose compare fails does so), crash as
 * {@code :info} before or after taking effect (the process is then replaced by a fresh one), or
 * never complete. At most {@code maxCalls} invocations. A pure function of the seed.
 */
final class RandomHistories {
  static final List<String> MODELS = List.of("register", "cas-register", "mutex");

  private final SplittableRandom random;
  private final String model;
  private final List<Op> ops = new ArrayList<>();
  private Long value;            // register and cas-register
  private int holder = -1;       // mutex: the process holding it, or -1

  private RandomHistories(String model, long seed) {
    this.model = model;
    this.random = new SplittableRandom(seed);
  }

  static List<Op> generate(String model, long seed, int maxCalls) {
    return new RandomHistories(model, seed).run(maxCalls);
  }

  private static final class Process {
    final int id;
    Op invoke;          // the running call, or null when idle
    boolean effected;
    Object result;
    boolean failed;

    Process(int id) {
      this.id = id;
    }
  }

  private List<Op> run(int maxCalls) {
    int count = 2 + random.nextInt(4);
    List<Process> procs = new ArrayList<>();
    for (int i = 0; i < count; i++) procs.add(new Process(i));
    int nextId = count;
    int budget = 1 + random.nextInt(maxCalls);
    for (int step = 0; step < 200; step++) {
      if (budget == 0 && procs.stream().allMatch(p -> p.invoke == null)) break;
      if (random.nextInt(40) == 0) break;   // the run is cut short: open calls never complete
      int slot = random.nextInt(procs.size());
      Process p = procs.get(slot);
      if (p.invoke == null) {
        if (budget > 0) {
          budget--;
          invoke(p);
        }
      } else if (!p.effected && !p.failed && random.nextInt(3) == 0) {
        takeEffect(p);
      } else if (random.nextInt(8) == 0) {
        ops.add(Op.info(p.id, p.invoke.f().getName(), p.invoke.value()));
        procs.set(slot, new Process(nextId++));
      } else if (p.effected || p.failed) {
        complete(p);
      } else if (random.nextInt(6) == 0) {
        p.failed = true;
        complete(p);
      }
    }
    return ops;
  }

  private void invoke(Process p) {
    Op op;
    switch (model) {
      case "mutex":
        op = Op.invoke(p.id, holder == p.id ? "release" : "acquire", null);
        break;
      case "cas-register": {
        int k = random.nextInt(3);
        op = k == 0 ? Op.invoke(p.id, "read", null)
            : k == 1 ? Op.invoke(p.id, "write", (long) random.nextInt(3))
            : Op.invoke(p.id, "cas", PersistentVector.create((long) random.nextInt(3), (long) random.nextInt(3)));
        break;
      }
      default:
        op = random.nextBoolean() ? Op.invoke(p.id, "read", null)
            : Op.invoke(p.id, "write", (long) random.nextInt(3));
    }
    p.invoke = op;
    p.effected = false;
    p.failed = false;
    p.result = op.value();
    ops.add(op);
  }

  /** The linearization point: applies the call to the real object, if it can happen now. */
  private void takeEffect(Process p) {
    boolean corrupt = random.nextInt(6) == 0;
    switch (p.invoke.f().getName()) {
      case "read":
        p.result = corrupt ? (Object) (long) random.nextInt(3) : value;
        break;
      case "write":
        value = (Long) p.invoke.value();
        break;
      case "cas": {
        List<?> cas = (List<?>) p.invoke.value();
        if (java.util.Objects.equals(value, cas.get(0)) || corrupt) {
          value = (Long) cas.get(1);
        } else {
          p.failed = true;
          return;
        }
        break;
      }
      case "acquire":
        if (holder >= 0 && !corrupt) return;     // blocked: try again later
        holder = p.id;
        break;
      case "release":
        holder = -1;
        break;
      default:
        throw new IllegalStateException();
    }
    p.effected = true;
  }

  private void complete(Process p) {
    String f = p.invoke.f().getName();
    if (p.failed) {
      ops.add(Op.fail(p.id, f, p.invoke.value()));
    } else {
      ops.add(Op.ok(p.id, f, p.result));
    }
    p.invoke = null;
  }
}
