package minotaur.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultPlan;
import minotaur.fault.Faults;
import minotaur.gen.Gen;
import minotaur.history.Op;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.os.Futex;
import minotaur.os.Os;
import org.junit.jupiter.api.Test;

/**
 * A run ends soon after it knows: every thread that could act blocked in an OS wait nobody can
 * release stops generation (or, with keep-going, gives the hung ops up at once), while a thread
 * paused by the fault plan or about to wake a waiter is not taken for a hang. The op timeout is
 * a minute in these tests, so a run that ends with no op timed out ended by detection.
 */
class HangDetectionTest {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /**
   * Every op waits on a futex word no one ever changes, three times per thread: a certain hang
   * once both threads wait.
   */
  private static Workload allWaitForever() {
    Memory mem = Memory.jvm();
    IntCell word = mem.intCell("word", 0);
    Futex futex = Os.jvm().futex("never");
    Client.Factory clients = (thread, process) -> op -> {
      futex.await(word, 0);
      return op.withType(Op.Type.OK);
    };
    return RunnerTest.workload(clients, Gen.eachThread(Gen.repeat(3, Gen.op("wait", null))))
        .checker("none-blocked", Checkers.noneBlocked()).build();
  }

  @Test
  void aCertainHangStopsTheRunAndIsJudgedAtQuiescence() {
    RunResult r = Runner.run(allWaitForever(), RunOptions.of(2, 1, 0).withOpTimeout(MINUTE));
    RunnerTest.assertWellFormed(r.history());
    assertNotNull(r.stoppedEarly(), "stopped at the hang");
    assertTrue(r.stoppedEarly().contains("futex never"), r.stoppedEarly());
    assertEquals(0, r.context().timedOut().size(), "no op waited out the watchdog");
    assertEquals(2, r.context().stillBlocked().size(), "both waits reach the checkers as still blocked");
    assertEquals(Boolean.FALSE, r.valid());
    assertEquals(Boolean.FALSE, r.verdict().valAt(clojure.lang.Keyword.intern("none-blocked")) instanceof Map<?, ?> m
        ? m.get(clojure.lang.Keyword.intern("valid?")) : null);
  }

  @Test
  void keepGoingGivesUpOnTheHungOpsAtOnceAndGoesOn() {
    RunResult r = Runner.run(allWaitForever(), RunOptions.of(2, 1, 0).withOpTimeout(MINUTE).withKeepGoing(true));
    RunnerTest.assertWellFormed(r.history());
    assertNull(r.stoppedEarly());
    assertEquals(4, r.context().timedOut().size(), "the first two waits of each thread given up on as a hang");
    assertEquals(2, r.context().stillBlocked().size(), "the last two still blocked when the generator ran out");
    assertEquals(Boolean.FALSE, r.valid());
  }

  /**
   * Thread 1 is paused by the plan (a descheduled vCPU) before it wakes thread 0: while it is
   * paused, thread 0 is blocked and thread 1 is not in an OS wait, which is slow, not hung.
   */
  @Test
  void aPausedThreadIsNotTakenForAHang() {
    Memory mem = Memory.jvm();
    IntCell word = mem.intCell("word", 0);
    Futex futex = Os.jvm().futex("woken-late");
    Client.Factory clients = (thread, process) -> op -> {
      if (op.f().getName().equals("noop")) return op.withType(Op.Type.OK);
      if (op.f().getName().equals("wait")) {
        while (word.getVolatile() == 0) futex.await(word, 0);
      } else {
        Faults.point("test.before-wake");
        word.setVolatile(1);
        futex.wake(word, 1);
      }
      return op.withType(Op.Type.OK);
    };
    FaultPlan plan = FaultPlan.builder()
        .pause(1.0, DelayDistribution.fixed(Duration.ofMillis(300).toNanos()), "test.before-wake").build();
    // The last phase keeps the generator (and so the faults) going until the wake is done.
    Workload w = RunnerTest.workload(clients, Gen.concat(
            Gen.onThreads(t -> t.equals(0), Gen.once(Gen.op("wait", null))),
            Gen.onThreads(t -> t.equals(1), Gen.once(Gen.op("wake", null))),
            Gen.synchronize(Gen.eachThread(Gen.once(Gen.op("noop", null))))))
        .faults(plan).checker("none-blocked", Checkers.noneBlocked()).build();
    RunResult r = Runner.run(w, RunOptions.of(2, 1, 0).withOpTimeout(MINUTE));
    RunnerTest.assertWellFormed(r.history());
    assertNull(r.stoppedEarly(), "not a hang: " + r.stoppedEarly());
    assertEquals(Boolean.TRUE, r.valid(), String.valueOf(r.verdict()));
    assertTrue(r.history().stream().anyMatch(FaultNemesis::isFaultEvent), "the pause happened");
    assertFalse(r.context().timedOut().size() > 0);
  }
}
