package minotaur.check.liveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import java.util.Map;
import minotaur.run.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expected verdict of every AioContext variant in a bounded seeded run of {@code aio-notify}
 * on real threads. SC mutants fail: lost wakeups name the schedule whose notify was missed;
 * notified-before-set is caught as a busy loop or a notifier left set at rest.
 */
class AioNotifyRunTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "seed, true, ", "before, true, ", "notify-no-mb, true, ", "poll-no-mb, true, ",
      "prepare-no-mb, true, ", "poll-exit-relaxed, true, ", "check-exit-relaxed, true, ",
      "notified-relaxed-set, true, ",
      "notify-unconditional-skip, false, lost-wakeup", "clear-before-poll, false, lost-wakeup",
      "set-only-if-not-notified, false, lost-wakeup", "notified-before-set, false, busy-loop"})
  void variantHasItsExpectedVerdict(String variant, boolean holds, String checker) throws Exception {
    RunResult r = WakeupRuns.run("aio-notify", variant, 4, 7, 600, Map.of());
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
}
