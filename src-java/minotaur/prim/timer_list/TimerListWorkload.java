package minotaur.prim.timer_list;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import minotaur.check.CheckOptions;
import minotaur.check.Linearizability;
import minotaur.check.reclaim.TimerExpiredChecker;
import minotaur.check.reclaim.TimerFiringChecker;
import minotaur.check.reclaim.TimerListShape;
import minotaur.check.reclaim.UseAfterFreeChecker;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultPlan;
import minotaur.gen.Gen;
import minotaur.gen.Generator;
import minotaur.history.BadInput;
import minotaur.history.Op;
import minotaur.mem.Memory;
import minotaur.model.Models;
import minotaur.model.TimerListModel;
import minotaur.os.Os;
import minotaur.prim.Variants;
import minotaur.run.Client;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * {@code minotaur run timer-list}: seed 004's timer list under lockless readers and freeing
 * writers.
 *
 * <p>Thread 0 runs timers ({@code :run}, sometimes {@code :expired}); thread 1 reads the head
 * ({@code :expired}, {@code :deadline}); threads 2.. each own three timers ({@code 10*thread + k})
 * and {@code :mod} (60%), {@code :del} (20%) or {@code :free} (20%) them. Times are drawn from
 * 0..99 so that reads often land exactly on an expire time. Faults: a pause of 200 us with
 * probability 0.3 in each read-side window (between {@code atomic_rcu_read} of the head and the
 * read of {@code expire_time}) and before {@code timerlist_run_timers} takes the lock. At
 * quiescence the T2 probe: {@code :mod} of timer 0 (no writer's) to be the head, due before any
 * armed timer (or at 0), then one {@code :expired} at exactly that time, whose answer is exact
 * because nothing races it and no freed timer is read; then one {@code :run} at a time past
 * every expire drains the list, pending frees are drained and the call_rcu thread stopped.
 *
 * <p>Checks: use-after-free (T5), firings (T4), {@code timerlist_expired} answers (T2, {@link
 * TimerExpiredChecker}: sound despite the racy reads, it catches SEED's and BEFORE's {@code <}),
 * the list's shape at rest (T1), and with {@code -D linearizable=true} the {@code timer-list}
 * model (T2, T3). The model check is opt-in because the
 * seed's lockless reads are racy by design (a reader may act on a head being moved; QEMU relies on
 * timerlist_notify), so it fails every lockless variant, FIXED included; BEFORE fails it only by
 * its {@code <} (T2).
 * Options: {@link #OPTIONS}.
 */
public final class TimerListWorkload {
  public static final String NAME = "timer-list";
  /** The drain's "now": past every expire time the generator uses. */
  public static final long DRAIN_NOW = 1_000_000;
  /** The timer the T2 probe arms at rest when none is left armed: a name no writer uses. */
  static final long PROBE_TIMER = 0;
  static final long PROBE_EXPIRE = 50;
  static final List<String> FAULT_POINTS = List.of(
      "timer-list.read.after-head-load", "timer-list.run.after-head-load", "timer-list.run.before-lock");

  private static final WorkloadOption DELAY_P =
      WorkloadOption.of("delay-p", "0.3", "probability of a pause at each fault point");
  private static final WorkloadOption DELAY =
      WorkloadOption.duration("delay", "200us", "delay-us", ChronoUnit.MICROS, "length of a pause");
  private static final WorkloadOption LINEARIZABLE =
      WorkloadOption.of("linearizable", "false", "also check the timer-list model (T2, T3); fails every lockless variant");
  /** The {@code -D} options it knows. */
  public static final List<WorkloadOption> OPTIONS = List.of(DELAY_P, DELAY, LINEARIZABLE);

  private TimerListWorkload() {}

  public static Workload create(WorkloadOptions o) {
    o.requireKnown(NAME, OPTIONS);
    TimerVariant variant = o.variant() == null ? TimerVariant.SEED : Variants.parse(TimerVariant.class, o.variant());
    if (o.threads() < 3) throw new BadInput("timer-list needs at least 3 threads (runner, reader, writer)");
    double p = o.probabilityOption(DELAY_P);
    long us = o.durationOption(DELAY).toNanos() / 1_000;
    boolean linearizable = o.booleanOption(LINEARIZABLE);

    TimerListSystem sys = new TimerListSystem(variant, Memory.jvm(), Os.jvm());
    Client.Factory clients = (thread, process) -> new TimerListClient(sys, process)::invoke;
    AtomicReference<List<TimerListShape.Entry>> list = new AtomicReference<>(List.of());
    FaultPlan plan = FaultPlan.builder()
        .park(p, DelayDistribution.fixed(us * 1000), FAULT_POINTS.toArray(String[]::new)).build();

    List<Generator> perThread = new ArrayList<>();
    perThread.add(Gen.onThreads(t -> t.equals(0), Gen.repeat(Gen.fn(ctx -> runnerOp(ctx.random())))));
    perThread.add(Gen.onThreads(t -> t.equals(1), Gen.repeat(Gen.fn(ctx -> readerOp(ctx.random())))));
    for (int w = 2; w < o.threads(); w++) {
      int writer = w;
      perThread.add(Gen.onThreads(t -> t.equals(writer), Gen.repeat(Gen.fn(ctx -> writerOp(writer, ctx.random())))));
    }

    Workload.Builder b = Workload.builder(NAME, Variants.cliName(variant))
        .clients(clients)
        .generator(Gen.any(perThread.toArray(Generator[]::new)))
        .faults(plan)
        .quiescence(phase -> {
          // T2 at rest: is the head expired at exactly its expire time? The probe's own timer is
          // made the head (due before any armed one, unless one is due at 0): a writer's timer
          // at the head may have been freed (SEED's timer_free), and a read of freed memory is
          // T5's, not judged.
          long due = PROBE_EXPIRE;
          for (TimerList.Entry e : sys.list().snapshot()) due = Math.min(due, Math.max(0, e.expireTime() - 1));
          phase.invoke(Op.invoke(1, "mod", List.of(PROBE_TIMER, due)), clients.open(1, -1));
          phase.invoke(Op.invoke(1, "expired", Arrays.asList(due, null)), clients.open(1, -1));
          phase.invoke(Op.invoke(0, "run", Arrays.asList(DRAIN_NOW, null)), clients.open(0, -1));
          sys.drainFrees(); // deferred frees done, then the call_rcu thread is no longer needed
          sys.close();
        })
        .atRest("active-timers", () -> {
          List<TimerListShape.Entry> entries = new ArrayList<>();
          for (TimerList.Entry e : sys.list().snapshot()) {
            entries.add(new TimerListShape.Entry(e.timer().address(), e.expireTime(),
                (sys.heap().tag(e.timer()) & 1) == 0));
          }
          list.set(entries);
          return entries.toString();
        })
        .checker("use-after-free", (h, run) -> UseAfterFreeChecker.check(h))
        .checker("firings", (h, run) -> TimerFiringChecker.check(h))
        .checker("expired", (h, run) -> TimerExpiredChecker.check(h))
        .checker("list-shape", (h, run) -> TimerListShape.check(list.get()));
    if (linearizable) {
      b.checker("timer-list-model", (h, run) -> Linearizability.check(
          Models.named("timer-list", null), TimerListModel.splitRuns(h),
          CheckOptions.defaults().withTimeLimit(Duration.ofSeconds(60))).verdict());
    }
    return b.build();
  }

  private static Generator runnerOp(RandomGenerator r) {
    long now = r.nextInt(100);
    return Gen.op(r.nextInt(4) == 0 ? "expired" : "run", Arrays.asList(now, null));
  }

  private static Generator readerOp(RandomGenerator r) {
    return Gen.op(r.nextBoolean() ? "expired" : "deadline", Arrays.asList((long) r.nextInt(100), null));
  }

  private static Generator writerOp(int thread, RandomGenerator r) {
    long timer = thread * 10L + r.nextInt(3);
    int k = r.nextInt(10);
    if (k < 6) return Gen.op("mod", List.of(timer, (long) r.nextInt(100)));
    return Gen.op(k < 8 ? "del" : "free", timer);
  }
}
