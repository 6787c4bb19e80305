package minotaur.check.reclaim;

import clojure.lang.Keyword;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.IntFunction;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultInjector;
import minotaur.fault.FaultPlan;
import minotaur.fault.Faults;
import minotaur.history.Op;
import minotaur.history.Recorder;

/**
 * A bounded, seeded run for the reclamation tests until the runner is on main: one thread per
 * process invoking its generator's ops through its client, recorded to
 * {@code histories/runs/<workload>-<variant>-<seed>-<millis>.edn}; then, faults off, the
 * quiescence ops on a fresh process each, bounded by a watchdog (a hung op is recorded
 * {@code :info} with {@code :error :timeout} and its thread interrupted). Each process's thread is
 * bound to its number, so a plan's {@code :order} rule ({@link minotaur.fault.OrderRule}) names
 * processes as this run numbers them.
 */
final class ReclaimRun {
  interface Client {
    Op invoke(Op op) throws Exception;
  }

  /** Ops of one process: the next invocation, or null when done. */
  interface Gen {
    Op next(int process, Random rng, int i);
  }

  /** {@code leftOrder}: how often a thread stopped waiting for its turn under the plan's :order (0 if it has none). */
  record Result(List<Op> history, Path path, long seed, int leftOrder) {
    String replay() {
      return "seed " + seed + ", history " + path + (leftOrder > 0 ? ", left the plan's order " + leftOrder + " times" : "");
    }
  }

  /** Pause between a process's ops (Jepsen's stagger), so fast writers overlap slow readers. */
  static final long STAGGER_NANOS = 50_000;

  /**
   * How long an op may run before the watchdog abandons it: generous, because the build machine
   * is shared and heavily loaded, and a false hang would be a false verdict.
   */
  static final long WATCHDOG_NANOS = 4_000_000_000L;

  private ReclaimRun() {}

  /**
   * The reclamation runs' fault plan: at {@code points}, each thread parks with probability
   * {@code p} for {@code micros}; decisions derive from (seed, thread, point, visit).
   */
  static FaultPlan delays(long seed, java.util.Set<String> points, double p, long micros) {
    return FaultPlan.builder().seed(seed)
        .park(p, DelayDistribution.fixed(micros * 1000), points.stream().sorted().toArray(String[]::new)).build();
  }

  /** The ops of each process in turn, from {@code script.get(process)}; no ops for a process not in it. */
  static Gen script(Map<Integer, List<Op>> script) {
    return (process, rng, i) -> {
      List<Op> ops = script.getOrDefault(process, List.of());
      return i < ops.size() ? ops.get(i).withProcess(process) : null;
    };
  }

  static Result run(String workload, String variant, long seed, int processes, int opsPerProcess,
      IntFunction<Client> clients, Gen gen, FaultPlan faults, List<Op> quiescence,
      Function<Integer, Client> quiescenceClient) throws Exception {
    Path dir = Paths.get(System.getProperty("minotaur.basedir", "."), "histories", "runs");
    Path path = dir.resolve(workload + "-" + variant + "-" + seed + "-" + System.currentTimeMillis() + ".edn");
    long t0 = System.nanoTime();
    try (Recorder rec = Recorder.toFile(path)) {
      FaultInjector injector = faults == null ? null : faults.install();
      List<Thread> threads = new ArrayList<>();
      AtomicLongArray opStart = new AtomicLongArray(processes); // 0 when idle
      AtomicReference<Throwable> crash = new AtomicReference<>();
      for (int p = 0; p < processes; p++) {
        int process = p;
        Thread t = new Thread(() -> {
          Faults.bindProcess(process);
          Client c = clients.apply(process);
          Random rng = new Random(seed * 1_000_003 + process);
          for (int i = 0; i < opsPerProcess; i++) {
            Op inv = gen.next(process, rng, i);
            if (inv == null) break;
            rec.record(inv.withTime(System.nanoTime() - t0));
            opStart.set(process, System.nanoTime());
            Op done = complete(c, inv);
            opStart.set(process, 0);
            rec.record(done.withTime(System.nanoTime() - t0));
            if (done.isInfo()) break; // a crashed process never invokes again (Jepsen)
            LockSupport.parkNanos(STAGGER_NANOS);
          }
        }, "process-" + p);
        t.setUncaughtExceptionHandler((th, e) -> crash.set(e));
        threads.add(t);
        t.start();
      }
      // The watchdog: an op running longer than the bound is abandoned; its thread is interrupted,
      // the blocked call throws Abandoned, the op completes :info and the process stops.
      for (int p = 0; p < processes; p++) {
        Thread t = threads.get(p);
        while (t.isAlive()) {
          t.join(20);
          long started = opStart.get(p);
          if (started != 0 && System.nanoTime() - started > WATCHDOG_NANOS) t.interrupt();
        }
      }
      int leftOrder = injector == null || injector.orderGate() == null ? 0 : injector.orderGate().timeouts();
      if (injector != null) injector.close();
      if (crash.get() != null) throw new AssertionError("client crashed", crash.get());
      int process = processes;
      for (Op q : quiescence) {
        int pr = process++;
        Op inv = q.withProcess(pr);
        Client c = quiescenceClient.apply(pr);
        rec.record(inv.withTime(System.nanoTime() - t0));
        AtomicReference<Op> done = new AtomicReference<>();
        Thread t = new Thread(() -> done.set(complete(c, inv)), "process-" + pr);
        t.setDaemon(true);
        t.start();
        t.join(WATCHDOG_NANOS / 1_000_000);
        if (done.get() == null) {
          t.interrupt();
          rec.record(inv.withType(Op.Type.INFO).with("error", Keyword.intern("timeout"))
              .withTime(System.nanoTime() - t0));
          break; // what follows would queue behind the hung op
        } else {
          rec.record(done.get().withTime(System.nanoTime() - t0));
        }
      }
      return new Result(rec.ops(), path, seed, leftOrder);
    } finally {
      Faults.clear();
    }
  }

  private static Op complete(Client c, Op inv) {
    try {
      return c.invoke(inv);
    } catch (Exception e) {
      return inv.withType(Op.Type.INFO).with("error", String.valueOf(e));
    }
  }
}
