package minotaur.prim.rcu;

import clojure.lang.Keyword;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import minotaur.check.reclaim.RcuTortureChecker;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultPlan;
import minotaur.gen.Gen;
import minotaur.gen.Generator;
import minotaur.history.BadInput;
import minotaur.history.Op;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.Variants;
import minotaur.run.Client;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * {@code minotaur run rcu}: rcutorture against the RCU port ({@link RcuTorture}).
 *
 * <p>Threads 0..n-3 {@code :read}; thread n-2 mixes {@code :update} and {@code :sync}; thread
 * n-1 {@code :call-rcu}s. Faults: a pause of 200 us with probability 0.3 while a reader holds its
 * version and between a reader's load of {@code rcu_gp_ctr} and its snapshot store. At quiescence
 * a last {@code :sync} (with no reader left inside it must return) and a {@code :drain}; each runs
 * under a bound, since a hung {@code synchronize_rcu} is the bug UNLOCK_NO_PUBLISH must show;
 * then the call_rcu thread is stopped.
 * Checks: {@link RcuTortureChecker}. Options: {@link #OPTIONS}.
 */
public final class RcuWorkload {
  public static final String NAME = "rcu";
  static final Keyword TIMEOUT = Keyword.intern("timeout");

  private static final WorkloadOption DELAY_P =
      WorkloadOption.of("delay-p", "0.3", "probability of a pause at each fault point");
  private static final WorkloadOption DELAY =
      WorkloadOption.duration("delay", "200us", "delay-us", ChronoUnit.MICROS, "length of a pause");
  private static final WorkloadOption QUIESCE_TIMEOUT = WorkloadOption.duration("quiesce-timeout", "5s",
      "quiesce-timeout-ms", ChronoUnit.MILLIS, "bound on the last synchronize_rcu and drain at quiescence");
  /** The {@code -D} options it knows. */
  public static final List<WorkloadOption> OPTIONS = List.of(DELAY_P, DELAY, QUIESCE_TIMEOUT);

  private RcuWorkload() {}

  public static Workload create(WorkloadOptions o) {
    o.requireKnown(NAME, OPTIONS);
    RcuVariant variant = o.variant() == null ? RcuVariant.CORRECT : Variants.parse(RcuVariant.class, o.variant());
    if (o.threads() < 3) throw new BadInput("rcu needs at least 3 threads (reader, updater, call_rcu user)");
    double p = o.probabilityOption(DELAY_P);
    long us = o.durationOption(DELAY).toNanos() / 1_000;
    long bound = o.durationOption(QUIESCE_TIMEOUT)
        .toMillis();

    RcuTorture torture = new RcuTorture(variant, Memory.jvm(), Os.jvm());
    Client.Factory clients = (thread, process) -> new RcuTortureClient(torture, process)::invoke;
    FaultPlan plan = FaultPlan.builder().park(p, DelayDistribution.fixed(us * 1000),
        "rcu.torture-read.hold", "rcu.read-lock.after-gp-read").build();
    int n = o.threads();
    List<Generator> perThread = new ArrayList<>();
    perThread.add(Gen.onThreads(t -> (Integer) t < n - 2, Gen.repeat(Gen.op("read", null))));
    perThread.add(Gen.onThreads(t -> t.equals(n - 2),
        Gen.mix(Gen.repeat(Gen.op("update", null)), Gen.repeat(Gen.op("sync", null)))));
    perThread.add(Gen.onThreads(t -> t.equals(n - 1), Gen.repeat(Gen.op("call-rcu", null))));

    return Workload.builder(NAME, Variants.cliName(variant))
        .clients(clients)
        .generator(Gen.any(perThread.toArray(Generator[]::new)))
        .faults(plan)
        .quiescence(phase -> {
          Client bounded = bounded(clients.open(0, -1), bound);
          Op sync = phase.invoke(Op.invoke(0, "sync", null), bounded);
          if (sync.isOk()) phase.invoke(Op.invoke(0, "drain", null), bounded);
          torture.close(); // stops the call_rcu thread, hung or not
        })
        .checker("rcutorture", (h, run) -> RcuTortureChecker.check(h))
        .build();
  }

  /**
   * {@code client} with a bound: the op runs on a daemon thread and, if it has not returned after
   * {@code millis}, is interrupted and completed {@code :info} with {@code :error :timeout}.
   */
  static Client bounded(Client client, long millis) {
    return op -> {
      FutureTask<Op> task = new FutureTask<>(() -> client.invoke(op));
      Thread t = new Thread(task, "rcu-quiescence");
      t.setDaemon(true);
      t.start();
      try {
        return task.get(millis, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        t.interrupt();
        return op.withType(Op.Type.INFO).with("error", TIMEOUT);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    };
  }
}
