package minotaur.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.explore.QemuEventFixture.Variant;
import minotaur.explore.shapes.EventScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed's Promela model of the Win32 QemuEvent as explorer scenarios, on the test fixture port.
 * SEED passes exhaustively under SC; each BUGS.md mutant fails in a scenario that can show it,
 * as a lost wakeup with a token that replays to the same trace. Under TSO the seed's fast path
 * loses a wakeup when the event starts set: {@code qemu_event_set} reads {@code ev->value} with
 * {@code atomic_mb_read}, a plain load on x86, which can pass the notifier's buffered store of its
 * condition, so the set is skipped while the waiter still reads the old condition (QEMU later put
 * {@code smp_mb()} before that read).
 */
class QemuEventScenarioTest {
  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource({
      "promela, SEED, SC, PASS",
      "promela, SEED, TSO, PASS",
      "promela, NO_BUSY, SC, FAIL",
      "promela, RESET_EVENT_LATE, SC, FAIL",
      // BUGS.md: the seed's two-thread model cannot show reset-store; the reset race can.
      "promela, RESET_STORE, SC, PASS",
      "promela-set, SEED, SC, PASS",
      "promela-set, SEED, TSO, FAIL",
      "reset-race, SEED, SC, PASS",
      "reset-race, RESET_STORE, SC, FAIL",
      "reset-race, NO_BUSY, SC, FAIL",
      "reset-race, RESET_EVENT_LATE, SC, FAIL",
  })
  void verdict(String shape, Variant variant, MemoryModel model, ExploreResult.Verdict expected) {
    Scenario scenario = scenario(shape, variant);
    ExploreResult result = Explorer.explore(scenario, ExploreOptions.defaults().withModel(model));
    assertEquals(expected, result.verdict(), result.summary()
        + (result.failure() == null ? "" : "\n" + result.failure().report()));
    if (expected == ExploreResult.Verdict.PASS) {
      assertTrue(result.summary().contains("exhaustive with sleep-set reduction"), result.summary());
      return;
    }
    Failure failure = result.failure();
    assertEquals(Failure.Kind.LOST_WAKEUP, failure.kind(), failure.report());
    assertTrue(failure.message().startsWith("T0 (waiter) blocked in ev.event.WaitForSingleObject()"),
        failure.message());
    ExploreResult replayed = Explorer.replay(scenario, ReplayToken.parse(failure.token()));
    assertEquals(failure, replayed.failure(), "the token replays the same failure, trace and history");
  }

  static Scenario scenario(String shape, Variant variant) {
    EventScenarios.Factory factory = (memory, os, init) -> new QemuEventFixture(memory, os, init, variant);
    String name = "qemu-event-" + shape + "/" + variant.name().toLowerCase();
    return switch (shape) {
      case "promela" -> EventScenarios.promela(name, factory, false);
      case "promela-set" -> EventScenarios.promela(name, factory, true);
      default -> EventScenarios.resetRace(name, factory);
    };
  }
}
