package minotaur.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import minotaur.cli.Scenarios;
import minotaur.explore.scenario.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed's Promela model of the QemuEvent (and two extensions) on the real port in
 * {@code minotaur.prim.qemu_event}, every variant, both flavours, SC and TSO, from the registry.
 *
 * <p>Expected: SEED, BEFORE and FIXED pass under SC; {@code no-busy} and {@code reset-event-late}
 * lose a wakeup under SC in every shape; {@code reset-store} only in the reset race (BUGS.md: the
 * seed's two-thread model cannot show it). Under TSO, with the event initially set, every variant
 * but FIXED, FIXED_2023 and BEFORE loses a wakeup: {@code qemu_event_set} reads {@code ev->value} with
 * {@code atomic_mb_read}, a plain load on x86, which passes the notifier's buffered store of its
 * condition; the set is skipped while the waiter still reads the old condition (QEMU later put
 * {@code smp_mb()} before that read, which is FIXED). The relaxed-read mutants weaken loads that
 * are already plain on x86, so under SC and TSO they behave as SEED does (weak-model only).
 */
class QemuEventScenarioTest {
  private static final Set<String> SC_BUGS = Set.of("no-busy", "reset-event-late");

  @TestFactory
  Stream<DynamicTest> everyVariantShapeAndModel() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario scenario : Scenarios.all()) {
      if (!scenario.name().startsWith("qemu-event")) continue;
      for (MemoryModel model : new MemoryModel[] {MemoryModel.SC, MemoryModel.TSO}) {
        boolean fails = expectedToFail(scenario.name(), model);
        tests.add(DynamicTest.dynamicTest(scenario.name() + " " + model + (fails ? " fails" : " passes"),
            () -> check(scenario, model, fails)));
      }
    }
    assertTrue(tests.size() >= 60, "the registry has the qemu-event scenarios");
    return tests.stream();
  }

  static boolean expectedToFail(String name, MemoryModel model) {
    String[] parts = name.split("/");
    String variant = parts[1];
    String shape = parts[2].replaceFirst("^futex-", "");
    boolean sc = SC_BUGS.contains(variant) || (variant.equals("reset-store") && shape.equals("reset-race"));
    boolean tso = shape.equals("promela-set") && !variant.startsWith("fixed") && !variant.equals("before");
    return sc || (model == MemoryModel.TSO && tso);
  }

  private static void check(Scenario scenario, MemoryModel model, boolean fails) {
    ExploreResult result = Explorer.explore(scenario, ExploreOptions.defaults().withModel(model));
    assertEquals(fails ? ExploreResult.Verdict.FAIL : ExploreResult.Verdict.PASS, result.verdict(),
        result.summary() + (result.failure() == null ? "" : "\n" + result.failure().report()));
    if (!fails) {
      assertTrue(result.summary().contains("exhaustive with sleep-set reduction"), result.summary());
      return;
    }
    Failure failure = result.failure();
    assertEquals(Failure.Kind.LOST_WAKEUP, failure.kind(), failure.report());
    assertTrue(failure.message().startsWith("T0 (waiter) blocked in ev->"), failure.message());
    ExploreResult replayed = Explorer.replay(scenario, ReplayToken.parse(failure.token()));
    assertEquals(failure, replayed.failure(), "the token replays the same failure, trace and history");
  }
}
