package minotaur.explore;

import clojure.lang.Keyword;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import minotaur.explore.memory.PointedMemory;
import minotaur.explore.scenario.Actor;
import minotaur.explore.scenario.ActorHost;
import minotaur.explore.scenario.HistoryCheck;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.scenario.ScenarioViolation;
import minotaur.explore.scenario.World;
import minotaur.fault.FaultPointHandler;
import minotaur.fault.FaultInjector;
import minotaur.fault.FaultPlan;
import minotaur.fault.FaultScope;
import minotaur.fault.Faults;
import minotaur.fault.OrderGate;
import minotaur.fault.OrderRule;
import minotaur.history.Op;
import minotaur.history.Recorder;
import minotaur.mem.Memory;
import minotaur.os.BlockedWait;
import minotaur.os.Os;
import minotaur.os.OsMonitor;

/**
 * One run of a scenario on real threads: its setup on {@link Memory#jvm()} (each access behind a
 * fault point, {@link PointedMemory}) and {@link Os#jvm()},
 * its threads (bound to their thread numbers as processes, and to a fault scope serving the run's
 * plan to them alone) released together under a fault plan,
 * then the scenario's own end checks. It fails the way an explored run does ({@link Failure.Kind}),
 * and never hangs:
 *
 * <ul>
 *   <li>a thread that throws or fails a check fails the run at once;
 *   <li>a hang is told from a slow run as {@code minotaur run} tells it, from the OS emulation
 *       ({@link OsMonitor}): every thread not finished is blocked in an OS wait that no wake has
 *       released, the wait epoch unchanged across each look and for a whole grace period, so no
 *       thread could wake another meanwhile. One thread left: a lost wakeup; several: a deadlock.
 *       The blocked threads are then interrupted ({@code Abandoned}) and joined;
 *   <li>a thread still running (spinning) at the run's limit makes the run undecided.
 * </ul>
 *
 * The history is recorded as Jepsen ops (time: nanoseconds since the threads were released).
 */
final class RealRun implements ActorHost {
  /** How often the controller looks at the threads. */
  private static final long LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  /**
   * How a real run ended: the failure kind and message (null kind: it passed or, {@code
   * undecided}, hit its limit), its history, and how closely it followed the plan's order.
   */
  record Outcome(Failure.Kind kind, String message, List<Op> history, boolean undecided, int orderTimeouts,
      int orderReached, OrderRule.Entry firstSkipped) {
    boolean failed() {
      return kind != null;
    }
  }

  /**
   * The handler of a run's threads: its plan's delays and spurious wakeups, but every interrupt
   * window delivers, as the explorer's scenarios expect.
   */
  private record ScenarioFaults(FaultInjector plan) implements FaultPointHandler {
    @Override public void at(String point) {
      plan.at(point);
    }

    @Override public boolean spuriousWakeup(String point) {
      return plan.spuriousWakeup(point);
    }
  }

  private final World world;
  private final Recorder recorder = Recorder.inMemory();
  private final long start = System.nanoTime();
  private volatile int failedThread = -1;
  private volatile Throwable failureCause;
  private volatile boolean stopping;

  private RealRun(Scenario scenario) {
    this.world = new World(new PointedMemory(), Os.jvm());
    scenario.setup().build(world);
    if (world.threads() == 0) throw new IllegalArgumentException("scenario " + scenario + " has no threads");
  }

  @Override public String threadName(int t) {
    return world.threadName(t);
  }

  @Override public void record(int t, Op.Type type, String f, Object value) {
    recorder.record(new Op(t, type, Keyword.intern(f), value, System.nanoTime() - start, Op.ABSENT, null));
  }

  /**
   * Runs {@code scenario} once on real threads under {@code plan}; a hang counts after {@code
   * grace} without change, and threads still running after {@code limit} leave it undecided.
   */
  static Outcome run(Scenario scenario, FaultPlan plan, Duration grace, Duration limit) {
    return new RealRun(scenario).run(plan, grace.toNanos(), limit.toNanos());
  }

  private Outcome run(FaultPlan plan, long graceNanos, long limitNanos) {
    FaultInjector injector = plan.injector();
    if (injector.orderGate() != null) injector.orderGate().passWhenBlocked(t -> OsMonitor.blockedWait(t) != null);
    int n = world.threads();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    FaultScope faults = FaultScope.open(new ScenarioFaults(injector));
    try {
      for (int t = 0; t < n; t++) {
        int id = t;
        Actor actor = new Actor(this, id);
        Thread thread = new Thread(() -> body(id, actor, go, faults), "minotaur-confirm-T" + t);
        thread.setDaemon(true);
        threads.add(thread);
      }
      threads.forEach(Thread::start);
      go.countDown();
      Outcome o = await(threads, graceNanos, limitNanos);
      OrderGate gate = injector.orderGate();
      return gate == null ? new Outcome(o.kind(), o.message(), recorder.ops(), o.undecided(), 0, 0, null)
          : new Outcome(o.kind(), o.message(), recorder.ops(), o.undecided(), gate.timeouts(), gate.reached(),
              gate.firstSkipped());
    } finally {
      stopping = true;
      injector.disable();
      for (Thread t : threads) t.interrupt();
      for (Thread t : threads) join(t);
      faults.close();
    }
  }

  private void body(int t, Actor actor, CountDownLatch go, FaultScope faults) {
    Faults.bind(faults);
    Faults.bindProcess(t);
    try {
      go.await();
      world.body(t).accept(actor);
    } catch (InterruptedException e) {
      // stopped before it began
    } catch (Throwable e) {
      if (!stopping) threadFailed(t, e);
    }
  }

  private synchronized void threadFailed(int t, Throwable cause) {
    if (failedThread < 0) {
      failureCause = cause;
      failedThread = t;
    }
  }

  /** Waits until every thread finished, one failed, the run hung or the limit passed. */
  private Outcome await(List<Thread> threads, long graceNanos, long limitNanos) {
    long hungSince = 0;
    long epoch = -1;
    while (true) {
      if (failedThread >= 0) return threadFailure();
      List<Integer> running = new ArrayList<>();
      for (int t = 0; t < threads.size(); t++) {
        if (threads.get(t).isAlive()) running.add(t);
      }
      if (running.isEmpty()) return atEnd();
      long now = System.nanoTime();
      long before = OsMonitor.epoch();
      List<String> blocked = blocked(threads, running);
      if (blocked == null || OsMonitor.epoch() != before) {
        epoch = -1;
      } else if (before != epoch) {
        epoch = before;
        hungSince = now;
      } else if (now - hungSince >= graceNanos) {
        return hung(blocked, threads.size());
      }
      if (now - start >= limitNanos) {
        return new Outcome(null, running.size() + " thread(s) still running after "
            + TimeUnit.NANOSECONDS.toMillis(limitNanos) + "ms", List.of(), true, 0, 0, null);
      }
      LockSupport.parkNanos(LOOK_NANOS);
    }
  }

  /** How each running thread is blocked, or null if one of them is not blocked in an unreleased OS wait. */
  private List<String> blocked(List<Thread> threads, List<Integer> running) {
    List<String> out = new ArrayList<>();
    for (int t : running) {
      BlockedWait w = OsMonitor.blockedWait(threads.get(t));
      if (w == null || !w.unreleased()) return null;
      out.add("T" + t + " (" + threadName(t) + ") blocked in " + w.kind() + " " + w.name()
          + (w.detail().isEmpty() ? "" : " (" + w.detail() + ")"));
    }
    return out;
  }

  private Outcome hung(List<String> blocked, int threads) {
    if (blocked.size() == 1) {
      return failed(Failure.Kind.LOST_WAKEUP, blocked.get(0) + " after every other thread finished");
    }
    return failed(Failure.Kind.DEADLOCK, String.join("; ", blocked)
        + (blocked.size() < threads ? "; the other threads finished" : "; no other thread"));
  }

  private Outcome threadFailure() {
    String who = "T" + failedThread + " (" + threadName(failedThread) + ")";
    return failureCause instanceof ScenarioViolation v ? failed(Failure.Kind.ASSERTION, who + ": " + v.getMessage())
        : failed(Failure.Kind.ASSERTION, who + " threw " + failureCause);
  }

  private Outcome atEnd() {
    if (failedThread >= 0) return threadFailure();
    for (Runnable invariant : world.invariants()) {
      try {
        invariant.run();
      } catch (ScenarioViolation v) {
        return failed(Failure.Kind.INVARIANT, v.getMessage());
      }
    }
    for (HistoryCheck check : world.historyChecks()) {
      String violation = check.violation(recorder.ops());
      if (violation != null) return failed(Failure.Kind.HISTORY, violation);
    }
    return new Outcome(null, null, List.of(), false, 0, 0, null);
  }

  private static Outcome failed(Failure.Kind kind, String message) {
    return new Outcome(kind, message, List.of(), false, 0, 0, null);
  }

  private static void join(Thread t) {
    try {
      t.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
