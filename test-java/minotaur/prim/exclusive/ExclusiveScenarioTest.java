package minotaur.prim.exclusive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Exposure;
import minotaur.prim.Variants;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every exclusive-section scenario under SC and TSO, asserted against the variant's {@link
 * Exposure}: SC mutants fail under both models, the {@code *_NO_MB} mutants only under TSO, the
 * seed and the locked code pass both. {@code NO_EXCLUSIVE_IDLE} needs two exclusive sections.
 * Exhaustive, except the three-thread shape under TSO: {@value #PCT_RUNS} PCT runs.
 */
class ExclusiveScenarioTest {
  private static final int PCT_RUNS = 2000;

  static boolean expectedToFail(CpuListVariant v, MemoryModel model, String shape) {
    if (v == CpuListVariant.NO_EXCLUSIVE_IDLE) return shape.equals("two-exclusive");
    Exposure e = v.exposure();
    return e == Exposure.SC || (e == Exposure.TSO && model == MemoryModel.TSO);
  }

  @TestFactory
  Stream<DynamicTest> everyVariantUnderScAndTso() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario s : ExclusiveScenarios.all()) {
      String[] parts = s.name().split("/");
      CpuListVariant v = Variants.parse(CpuListVariant.class, parts[1]);
      for (MemoryModel model : new MemoryModel[] {MemoryModel.SC, MemoryModel.TSO}) {
        boolean fails = expectedToFail(v, model, parts[2]);
        tests.add(DynamicTest.dynamicTest(s.name() + " " + model + (fails ? " fails" : " passes"), () -> {
          ExploreOptions o = ExploreOptions.defaults().withModel(model);
          // Three threads under TSO are too many schedules for an exhaustive search: sample.
          if (parts[2].equals("two-exclusive") && model == MemoryModel.TSO) o = o.withRandom(PCT_RUNS, 1);
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
