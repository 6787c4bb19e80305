package minotaur.prim.aio;

import clojure.lang.Keyword;
import clojure.lang.PersistentVector;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import minotaur.check.liveness.BusyLoopChecker;
import minotaur.check.liveness.ExactlyOnceChecker;
import minotaur.check.liveness.LostWakeupChecker;
import minotaur.check.liveness.Wakeups;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultPlan;
import minotaur.gen.Gen;
import minotaur.gen.Generator;
import minotaur.history.Op;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.os.OsMonitor;
import minotaur.os.WaitOutcome;
import minotaur.os.WaitRecord;
import minotaur.prim.Variants;
import minotaur.run.Client;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * {@code minotaur run aio}: one AioContext, its home thread polling, the other threads
 * scheduling bottom halves.
 *
 * <p>Thread 0 is the home thread: {@code :poll} is a blocking {@code aio_poll}, {@code :iterate}
 * one GSource iteration (prepare, g_poll, check, dispatch); each completes with the vector of BHs
 * it ran. The other threads run {@code {:f :schedule :value bh}} ({@code qemu_bh_schedule} of one
 * of four BHs), completing with {@code :merged} (whether it merged into a still-pending schedule).
 * The quiescence hook schedules one more BH, so a home thread still asleep after it lost a wakeup.
 *
 * <p>Checks: A2 lost wakeups ({@link LostWakeupChecker}: a poll given up on while a non-merged
 * schedule had been waiting), A1 ({@link ExactlyOnceChecker}), the busy loop of a notifier left
 * set ({@link BusyLoopChecker}), A3 at rest (notify_me is what the home threads' positions say;
 * a set notifier is flagged in {@code notified}). A home op the runner gives up on while it waits
 * with nothing scheduled (a quiet period outlasting the op timeout on a starved machine) is no lost
 * wakeup, but its thread never leaves the wait: its announcement stays in notify_me, and A3 counts
 * it. A home op that blocked in no OS wait completes with {@code :slept false}: on a starved
 * machine it can return long after a schedule it served, and that is no missed wakeup. Options:
 * {@link #OPTIONS}.
 */
public final class AioNotifyWorkload {
  public static final String NAME = "aio";
  public static final Duration GRACE = Duration.ofMillis(200);
  static final int BHS = 4;
  static final int BURST = 10;
  static final Duration QUIET = Duration.ofMillis(250);
  static final Keyword POLL = Keyword.intern("poll");
  static final Keyword ITERATE = Keyword.intern("iterate");
  static final Keyword SCHEDULE = Keyword.intern("schedule");

  private AioNotifyWorkload() {}

  /** The shared state of one run: the context, its BHs, and where the home thread is. */
  private static final class State {
    final AioContext ctx;
    final QemuBh[] bhs = new QemuBh[BHS];
    /** BHs run by the home thread's current op; only the home thread touches it. */
    final List<Object> ran = new ArrayList<>();
    /**
     * Home threads inside aio_poll, each with its 2 in notify_me. One the runner abandoned in its
     * wait (a quiet period longer than the op timeout) never leaves, so its 2 stays for good.
     */
    final AtomicInteger polling = new AtomicInteger();
    /**
     * Whether an iteration's prepare set bit 0 of notify_me and no check has cleared it yet: an
     * iteration abandoned in g_poll leaves it set until the next iteration's check.
     */
    volatile boolean prepared;

    /** notify_me the home threads' positions imply: 2 per thread in aio_poll, bit 0 while prepared. */
    int expectedNotifyMe() {
      return 2 * polling.get() + (prepared ? 1 : 0);
    }

    State(AioVariant v) {
      ctx = new AioContext(v, Memory.jvm(), Os.jvm());
      for (int i = 0; i < BHS; i++) {
        long id = i;
        bhs[i] = ctx.aioBhNew("bh" + i, () -> ran.add(id));
      }
    }
  }

  private static final WorkloadOption DELAY_P =
      WorkloadOption.of("delay-p", "0.3", "probability of a delay at each fault point");
  private static final WorkloadOption DELAY =
      WorkloadOption.duration("delay", "2ms", "delay-us", ChronoUnit.MICROS, "longest delay at a fault point");
  /** The {@code -D} options it knows. */
  public static final List<WorkloadOption> OPTIONS = List.of(DELAY_P, DELAY);

  public static Workload create(WorkloadOptions o) {
    return create(o, stress());
  }

  /**
   * The home thread (thread 0) polls or iterates; the others schedule in bursts with quiet periods
   * longer than GRACE: a wakeup lost at the end of a burst leaves the home thread asleep with a BH
   * pending until the next burst.
   */
  private static Generator stress() {
    return Gen.reserve(1,
        Gen.mix(Gen.repeat(Gen.op("poll", null)), Gen.repeat(Gen.op("poll", null)), Gen.repeat(Gen.op("iterate", null))),
        Gen.eachThread(Gen.cycle(Gen.concat(
            Gen.limit(BURST, Gen.stagger(Duration.ofMillis(1),
                Gen.fn(ctx -> Gen.op("schedule", (long) ctx.random().nextInt(BHS))))),
            Gen.sleep(QUIET)))));
  }

  /** The workload of {@code o} with {@code generator} for its client ops (tests force situations with it). */
  static Workload create(WorkloadOptions o, Generator generator) {
    o.requireKnown(NAME, OPTIONS);
    AioVariant variant = o.variant() == null ? AioVariant.SEED : Variants.parse(AioVariant.class, o.variant());
    if (o.threads() < 2) throw new IllegalArgumentException("aio needs at least 2 threads (home and a scheduler)");
    double p = o.probabilityOption(DELAY_P);
    long us = o.durationOption(DELAY).toNanos() / 1_000;
    State s = new State(variant);
    Client.Factory clients = (thread, process) -> new Client() {
      @Override
      public void enter(Op invocation) {
        if (thread == 0) s.ctx.setHomeThread(Thread.currentThread());
      }

      @Override
      public Op invoke(Op op) {
        return AioNotifyWorkload.invoke(s, op);
      }
    };
    return Workload.builder(NAME, Variants.cliName(variant))
        .clients(clients)
        .generator(generator)
        // Parks of 1us..us at every point of the family, no spurious wakeups: they can mask a
        // lost wakeup, and mutant hunting must not rely on them.
        .faults(FaultPlan.builder().park(p, DelayDistribution.uniform(1_000, us * 1_000), "aio.*").build())
        .quiescence(phase -> phase.invoke(Op.invoke(0, "schedule", 0L), clients.open(1, o.threads())))
        .checker("lost-wakeup", (h, run) -> new LostWakeupChecker(WAKEUPS, GRACE.toNanos()).check(h))
        .checker("exactly-once", (h, run) -> new ExactlyOnceChecker(WAKEUPS).check(h))
        .checker("busy-loop", (h, run) -> new BusyLoopChecker(AioNotifyWorkload::isHomeOp, AioNotifyWorkload::isEmptyRun,
            SCHEDULE).check(h))
        .invariant("notify-me", () -> List.of((long) s.ctx.notifyMe(), (long) s.expectedNotifyMe()),
            seen -> ((List<?>) seen).get(0).equals(((List<?>) seen).get(1)))
        .invariant("notifier-flagged", () -> !s.ctx.notifierSet() || s.ctx.notified(), Boolean.TRUE::equals)
        .atRest("context", s.ctx::toString)
        .build();
  }

  static Op invoke(State s, Op op) {
    Keyword f = op.f();
    if (SCHEDULE.equals(f)) {
      boolean merged = s.bhs[(int) (long) (Long) op.value()].qemuBhSchedule();
      return op.withType(Op.Type.OK).with("merged", merged);
    }
    s.ran.clear();
    WaitRecord before = OsMonitor.lastWait();
    // No finally: a home thread abandoned in its wait (Abandoned thrown) stays in that position.
    if (POLL.equals(f)) {
      s.polling.incrementAndGet();
      s.ctx.aioPoll(true);
      s.polling.decrementAndGet();
    } else if (ITERATE.equals(f)) {
      s.prepared = true;
      s.ctx.gMainContextIteration();
      s.prepared = false;
    } else {
      throw new IllegalArgumentException("unknown op " + f);
    }
    Op done = op.withType(Op.Type.OK).withValue(PersistentVector.create(s.ran));
    WaitRecord last = OsMonitor.lastWait();
    return last != before && last.outcome() != WaitOutcome.IMMEDIATE ? done : done.with("slept", false);
  }

  static boolean isHomeOp(Op invoke) {
    return POLL.equals(invoke.f()) || ITERATE.equals(invoke.f());
  }

  static boolean isEmptyRun(Op completion) {
    return completion.value() instanceof List<?> l && l.isEmpty();
  }

  /**
   * A non-merged schedule obliges the home thread to run that BH; each BH a poll ran discharges
   * one. A schedule that does not say whether it merged (the explorer's scenarios schedule each
   * BH once) did not.
   */
  public static final Wakeups WAKEUPS = new Wakeups() {
    @Override
    public List<Object> obligations(Op invoke, Op completion) {
      return SCHEDULE.equals(invoke.f()) && completion.isOk() && !Boolean.TRUE.equals(completion.get("merged"))
          ? List.of(invoke.value()) : List.of();
    }

    @Override
    public List<Object> discharges(Op invoke, Op completion) {
      return isHomeOp(invoke) && completion.value() instanceof List<?> l ? List.copyOf(l) : List.of();
    }

    @Override
    public boolean isWait(Op invoke) {
      return isHomeOp(invoke);
    }
  };
}
