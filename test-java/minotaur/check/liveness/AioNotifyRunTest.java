package minotaur.check.liveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import java.util.Map;
import minotaur.run.RunResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expected verdict of every AioContext variant in a bounded seeded run of {@code aio}
 * on real threads. SC mutants fail: lost wakeups name the schedule whose notify was missed;
 * notified-before-set is caught as a busy loop or a notifier left set at rest.
 *
 * <p>On real threads a seed fixes the generator and the fault decisions, not the OS schedule, so
 * the mutants whose window is narrow (notify-unconditional-skip, set-only-if-not-notified,
 * notified-before-set, sleep-despite-pending: a schedule must land between two polls) are hunted with several seeds in the slow suite only. The default suite
 * catches them deterministically in the explorer ({@code minotaur.prim.aio.AioScenarioTest}: a
 * replay token, the history written to target/wakeup-runs/ and the lost-wakeup report naming the
 * missed schedule, or for notified-before-set the schedule that left the notifier set) and in
 * {@code AioContextMutantTest}'s forced interleavings.
 */
class AioNotifyRunTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "seed, true, 3, 300, ", "before, true, 3, 300, ",
      "clear-before-poll, false, 3, 300, lost-wakeup"})
  void variantHasItsExpectedVerdict(String variant, boolean holds, int threads, long ops, String checker)
      throws Exception {
    RunResult r = WakeupRuns.run("aio", variant, threads, 7, ops, Map.of());
    assertEquals(holds, r.valid(), r.toEdn().toString());
    if (!holds) {
      Object v = r.verdict().valAt(Keyword.intern(checker));
      assertEquals(Boolean.FALSE, ((clojure.lang.IPersistentMap) v).valAt(Keyword.intern("valid?")), r.toEdn().toString());
      if (checker.equals("lost-wakeup")) {
        assertTrue(v.toString().contains(":missed-notify") && v.toString().contains(":f :schedule"),
            "the report names the missed schedule: " + v);
      }
    }
  }

  /** The fence mutants hold on x86 threads; the explorer gives their SC and TSO verdicts in the default suite. */
  @Tag("slow")
  @ParameterizedTest(name = "{0}")
  @CsvSource({"notify-no-mb", "poll-no-mb", "prepare-no-mb", "poll-exit-relaxed", "check-exit-relaxed",
      "notified-relaxed-set"})
  void fenceMutantHoldsOnX86Threads(String variant) throws Exception {
    variantHasItsExpectedVerdict(variant, true, 3, 300, null);
  }

  @Tag("slow")
  @ParameterizedTest(name = "{0}")
  @CsvSource({"notify-unconditional-skip, lost-wakeup", "set-only-if-not-notified, lost-wakeup",
      "notified-before-set, busy-loop", "sleep-despite-pending, lost-wakeup"})
  void narrowWindowMutantIsCaughtByOneOfFiveSeeds(String variant, String checker) throws Exception {
    for (long seed = 1; seed <= 5; seed++) {
      RunResult r = WakeupRuns.run("aio", variant, 4, seed, 1500, Map.of());
      if (Boolean.FALSE.equals(r.valid())) return;
    }
    throw new AssertionError(variant + " survived seeds 1..5");
  }
}
