package minotaur.run;

import static minotaur.run.RunnerTest.assertWellFormed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import minotaur.check.Verdict;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultPlan;
import minotaur.fault.Faults;
import minotaur.gen.Gen;
import minotaur.history.Op;
import org.junit.jupiter.api.Test;

/**
 * A run's fault plan belongs to that run: a thread left behind by an earlier run draws nothing
 * from a later one, and two runs at the same time each see only their own faults.
 */
class RunFaultsTest {
  private static final Checker ALWAYS = (h, r) -> Verdict.holds(true).build();
  private static final String POINT = "test.point";
  private static final String WAIT = "test.wait";
  /** How long a latch may take before the test fails (never reached when the runs behave). */
  private static final long PATIENCE_SECONDS = 30;

  /**
   * Run 1's first op is given up on while it waits for a latch (a second op keeps the watchdog
   * awake), and its thread lives on. It passes
   * fault points only while run 2 runs, with faults on; run 2's fault events must be exactly those
   * of run 3, the same seed and plan with no thread left behind, and the stale thread must get no
   * spurious wakeup from run 2's plan.
   */
  @Test
  void aThreadGivenUpOnDrawsNothingFromTheNextRun() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    AtomicInteger staleWakeups = new AtomicInteger();
    AtomicBoolean hung = new AtomicBoolean();
    Client.Factory stale = (thread, process) -> op -> {
      if (hung.getAndSet(true)) return op.withType(Op.Type.OK);
      awaitIgnoringInterrupts(go);
      for (int i = 0; i < 20; i++) {
        Faults.point(POINT);
        if (Faults.spuriousWakeup(WAIT)) staleWakeups.incrementAndGet();
      }
      done.countDown();
      return op.withType(Op.Type.OK);
    };
    RunResult first = Runner.run(workload("first", stale, null),
        RunOptions.of(1, 1, 2).withOpTimeout(Duration.ofMillis(50)).withQuiesce(Duration.ofMillis(10)));
    assertEquals(1, first.context().timedOut().size(), "run 1's op given up on: " + first.history());

    FaultPlan plan = FaultPlan.builder().yield(0.5, POINT).spuriousWakeup(1.0, WAIT).build();
    AtomicBoolean released = new AtomicBoolean();
    Client.Factory releasing = (thread, process) -> op -> {
      if (released.compareAndSet(false, true)) {
        go.countDown();
        if (!done.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) throw new IllegalStateException("stale thread stuck");
      }
      Faults.point(POINT);
      return op.withType(Op.Type.OK);
    };
    RunOptions seven = RunOptions.of(1, 7, 10);
    RunResult withStale = Runner.run(workload("next", releasing, plan), seven);
    RunResult alone = Runner.run(workload("next", RunnerTest.AT_POINT, plan), seven);

    assertEquals(0, done.getCount(), "the stale thread passed its points during run 2");
    assertWellFormed(withStale.history());
    List<String> expected = faultEvents(alone);
    assertFalse(expected.isEmpty(), "the plan fires in a run of its own: " + alone.history());
    assertEquals(expected, faultEvents(withStale), "run 2's faults with a stale thread about, seed 7");
    assertEquals(0, staleWakeups.get(), "spurious wakeups the stale thread drew from run 2's plan");
  }

  /**
   * Two runs at once, both passing the same point, one yielding there and one spinning: both have
   * their faults on while their threads pass it (a barrier, in each run's first op), so each run's
   * log must hold its own five faults, of its own kind, on its own thread.
   */
  @Test
  void twoRunsAtOnceEachSeeOnlyTheirOwnFaults() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    // The first op, not the last: the plan goes off when the generator is exhausted.
    Client.Factory clients = (thread, process) -> {
      AtomicBoolean first = new AtomicBoolean(true);
      return op -> {
        if (first.getAndSet(false)) {
          together.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
          for (int i = 0; i < 5; i++) Faults.point(POINT);
          together.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
        return op.withType(Op.Type.OK);
      };
    };
    FaultPlan yields = FaultPlan.builder().yield(1.0, POINT).build();
    FaultPlan spins = FaultPlan.builder().spin(1.0, DelayDistribution.fixed(1_000), POINT).build();
    FutureTask<RunResult> other = new FutureTask<>(() -> Runner.run(workload("b", clients, spins), RunOptions.of(1, 2, 2)));
    new Thread(other, "second run").start();
    RunResult a = Runner.run(workload("a", clients, yields), RunOptions.of(1, 1, 2));
    RunResult b = other.get(PATIENCE_SECONDS, TimeUnit.SECONDS);

    assertEquals(List.of("yield test.point on a-v-1 process 0 as 0"), faultEvents(a).stream().distinct().toList(),
        "run a's faults: " + a.history());
    assertEquals(5, faultEvents(a).size(), "run a's faults: " + a.history());
    assertEquals(List.of("spin test.point on b-v-2 process 0 as 0"), faultEvents(b).stream().distinct().toList(),
        "run b's faults: " + b.history());
    assertEquals(5, faultEvents(b).size(), "run b's faults: " + b.history());
    assertTrue(a.history().stream().filter(Op::isClient).allMatch(o -> o.isInvoke() || o.isOk()), a.history().toString());
    assertTrue(b.history().stream().filter(Op::isClient).allMatch(o -> o.isInvoke() || o.isOk()), b.history().toString());
  }

  private static Workload workload(String name, Client.Factory clients, FaultPlan plan) {
    Workload.Builder w = Workload.builder(name, "v").clients(clients).generator(Gen.repeat(Gen.op("read", null)))
        .checker("always", ALWAYS);
    return (plan == null ? w : w.faults(plan)).build();
  }

  /** Each fault event of a run as "action point on thread as process", in the order recorded. */
  private static List<String> faultEvents(RunResult r) {
    return r.history().stream().filter(FaultNemesis::isFaultEvent).map(o -> {
      IPersistentMap v = (IPersistentMap) o.value();
      return o.f().getName() + " " + v.valAt(Keyword.intern("point")) + " on " + v.valAt(Keyword.intern("thread"))
          + " as " + v.valAt(Keyword.intern("process"));
    }).toList();
  }

  private static void awaitIgnoringInterrupts(CountDownLatch latch) {
    while (true) {
      try {
        if (!latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
        return;
      } catch (InterruptedException e) {
        // given up on by its runner: this thread stays, as a hung one would
      }
    }
  }
}
