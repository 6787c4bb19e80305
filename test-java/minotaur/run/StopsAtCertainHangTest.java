package minotaur.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.time.Duration;
import java.util.Map;
import minotaur.cli.Workloads;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mutants that used to hang for minutes (every lost wakeup waiting out the op timeout, round
 * after round) end with their violation at default settings: the run stops at the first certain
 * hang and the liveness checkers name it at quiescence. No op reaches the op timeout, so the run
 * ended by detection, not by the watchdog. And the FIXED Xen lock under long injected pauses is
 * slow, not hung.
 */
class StopsAtCertainHangTest {
  private static final Keyword VALID = Keyword.intern("valid?");

  private static RunResult run(Workload w, long seed) {
    RunResult r = Runner.run(w, RunOptions.of(4, seed, 1000).withQuiesce(Duration.ofMillis(500)));
    System.out.println(r.summary());
    return r;
  }

  /** {@code property}: the checker that must name the violation (either of {@code a|b}). */
  @ParameterizedTest
  @CsvSource({
      "xen-spinlock, no-kick, blocked",
      "xen-spinlock, xchg-as-store, overlap|blocked",
      "exclusive, no-has-waiter, blocked",
      "exclusive, end-no-signal, blocked"})
  void aHungMutantEndsWithItsViolation(String workload, String variant, String property) {
    Workload w = Workloads.create(workload, new WorkloadOptions(variant, 4, 1, Map.of()));
    RunResult r = run(w, 1);
    assertEquals(Boolean.FALSE, r.valid(), () -> r.toEdn().toString());
    boolean named = false;
    for (String p : property.split("\\|")) {
      named |= Boolean.FALSE.equals(((IPersistentMap) r.verdict().valAt(Keyword.intern(p))).valAt(VALID));
    }
    assertTrue(named, () -> property + " names the violation: " + r.verdict());
    assertEquals(0, r.context().timedOut().size(), "no op waited out the watchdog");
  }

  @Test
  void theFixedXenLockUnderLongPausesHolds() {
    FaultPlan pauses = FaultPlan.builder()
        .pause(0.02, DelayDistribution.fixed(Duration.ofMillis(20).toNanos()), "xen.*").build();
    Workload w = Workloads.create("xen", new WorkloadOptions("fixed", 4, 1, Map.of())).withFaults(pauses);
    RunResult r = Runner.run(w, RunOptions.of(4, 1, 300).withQuiesce(Duration.ofMillis(500)));
    System.out.println(r.summary());
    assertEquals(Boolean.TRUE, r.valid(), () -> r.toEdn().toString());
    assertNull(r.stoppedEarly());
    assertEquals(true, r.history().stream().anyMatch(FaultNemesis::isFaultEvent), "pauses were injected");
  }
}
