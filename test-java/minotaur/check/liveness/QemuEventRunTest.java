package minotaur.check.liveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import java.util.Map;
import minotaur.run.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expected verdict of every QemuEvent variant in a bounded seeded run of {@code qemu-event} on
 * real threads (x86, so TSO; the TSO-only weakness of SEED needs the explorer). Each SC mutant
 * must fail with a lost-wakeup report naming the notify it missed; W1 (set/reset/is-set
 * linearizable) holds in every variant.
 */
class QemuEventRunTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "seed, win32, true", "seed, futex, true", "before, win32, true", "fixed, win32, true",
      "fixed, futex, true", "set-relaxed-read, win32, true", "reset-relaxed-read, win32, true",
      "wait-relaxed-read, futex, true",
      "reset-store, win32, false", "reset-store, futex, false", "reset-event-late, win32, false",
      "no-busy, win32, false"})
  void variantHasItsExpectedVerdict(String variant, String flavour, boolean holds) throws Exception {
    // The futex flavour needs the waiter asleep before the stale store lands: a longer run.
    long ops = flavour.equals("futex") ? 2000 : 400;
    RunResult r = WakeupRuns.run("qemu-event", variant, 4, 11, ops, Map.of("flavour", flavour));
    assertEquals(holds, r.valid(), r.toEdn().toString());
    Object w1 = r.verdict().valAt(Keyword.intern("linearizable"));
    assertEquals(Boolean.TRUE, ((clojure.lang.IPersistentMap) w1).valAt(Keyword.intern("valid?")),
        "W1: set/reset/is-set linearizable in every variant (the mutants lose wakeups, not order): " + w1);
    if (!holds) {
      Object lw = r.verdict().valAt(Keyword.intern("lost-wakeup"));
      assertTrue(lw.toString().contains(":missed-notify") && lw.toString().contains(":f :notify"),
          "the report names the missed notify: " + lw);
    }
  }
}
