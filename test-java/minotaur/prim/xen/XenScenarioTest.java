package minotaur.prim.xen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import minotaur.cli.Scenarios;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Exposure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Xen scenario under SC and TSO, asserted against the variant's {@link Exposure}: a variant
 * fails exactly under the models at least as weak as its exposure (WEAK-only ones pass both).
 * Handover is explored exhaustively; the three-CPU nested shape with at most
 * {@value #NESTED_PREEMPTIONS} preemptions under SC and {@value #NESTED_PCT_RUNS} PCT runs under
 * TSO (a pass there is probabilistic, not a proof).
 *
 * <p>Beside them, the three dropped wmb()s under RA and RC11 (execution graphs, every one): no
 * model of the explorer shows them (XenFamily#droppedWmb says why), and the test pins the reason:
 * under RA each has exactly FIXED's consistent graphs and holds; under RC11 each fails as FIXED
 * does, with the lost increment of the plain unlock store (X1), not a lost kick.
 */
class XenScenarioTest {
  private static final int NESTED_PREEMPTIONS = 2;
  private static final int NESTED_PCT_RUNS = 2000;

  /**
   * Every variant on the seed's unlock (no {@code mb()}) fails under TSO; NESTING is the seed's
   * code, so it fails under SC only in the nested shape.
   */
  static boolean expectedToFail(XenVariant v, MemoryModel model, String shape) {
    if (model == MemoryModel.TSO && !v.fixedBase()) return true;
    if (v == XenVariant.NESTING) return shape.equals("nested");
    Exposure e = v.exposure();
    return e == Exposure.SC || (e == Exposure.TSO && model == MemoryModel.TSO);
  }

  @TestFactory
  Stream<DynamicTest> droppedWmbsAreFixedUnderRaAndRc11() {
    List<DynamicTest> tests = new ArrayList<>();
    for (XenVariant v : List.of(XenVariant.REGISTER_NO_WMB, XenVariant.UNREGISTER_NO_WMB, XenVariant.UNLOCK_NO_WMB)) {
      String variant = minotaur.prim.Variants.cliName(v);
      for (String shape : List.of("handover", "nested")) {
        tests.add(DynamicTest.dynamicTest("xen/" + variant + "/" + shape + " RA has FIXED's graphs", () -> {
          ExploreOptions ra = ExploreOptions.defaults().withModel(MemoryModel.RA);
          ExploreResult fixed = Explorer.explore(Scenarios.named("xen/fixed/" + shape), ra);
          ExploreResult mutant = Explorer.explore(Scenarios.named("xen/" + variant + "/" + shape), ra);
          System.out.println(fixed.summary() + "\n" + mutant.summary());
          assertEquals(ExploreResult.Verdict.PASS, mutant.verdict(), mutant.summary());
          assertEquals(0, mutant.duplicates(), mutant.summary());
          assertEquals(fixed.complete(), mutant.complete(), "the dropped fence changes no RA-consistent graph");
        }));
      }
      tests.add(DynamicTest.dynamicTest("xen/" + variant + "/handover RC11 fails as FIXED", () -> {
        ExploreResult r = Explorer.explore(Scenarios.named("xen/" + variant + "/handover"),
            ExploreOptions.defaults().withModel(MemoryModel.RC11));
        System.out.println(r.summary());
        assertEquals(ExploreResult.Verdict.FAIL, r.verdict(), r.summary());
        assertEquals("counter 1 after 2 sections", r.failure().message(),
            r.failure().report() + "\nreplay token: " + r.failure().token());
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyVariantUnderScAndTso() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario s : XenScenarios.all()) {
      String[] parts = s.name().split("/");
      XenVariant v = minotaur.prim.Variants.parse(XenVariant.class, parts[1]);
      for (MemoryModel model : new MemoryModel[] {MemoryModel.SC, MemoryModel.TSO}) {
        boolean fails = expectedToFail(v, model, parts[2]);
        tests.add(DynamicTest.dynamicTest(s.name() + " " + model + (fails ? " fails" : " passes"), () -> {
          ExploreOptions o = ExploreOptions.defaults().withModel(model);
          // Three CPUs are too many schedules for an unbounded search: bound preemptions under
          // SC; under TSO (store-buffer flushes multiply the choices) sample with PCT.
          if (parts[2].equals("nested")) {
            o = model == MemoryModel.SC ? o.withPreemptionBound(NESTED_PREEMPTIONS)
                : o.withRandom(NESTED_PCT_RUNS, 1);
          }
          ExploreResult r = Explorer.explore(s, o);
          System.out.println(r.summary());
          assertEquals(fails ? ExploreResult.Verdict.FAIL : ExploreResult.Verdict.PASS, r.verdict(),
              r.summary() + (r.failure() == null ? "" : "\n" + r.failure().report()));
        }));
      }
    }
    return tests.stream();
  }
}
