package minotaur.explore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import minotaur.cli.Scenarios;
import minotaur.explore.Engine;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Cross-validation: every registered scenario under SC and TSO gets the same verdict (pass or
 * fail) from the interleaving explorer and the graph engine, each within a budget of
 * {@value #BUDGET} executions; a scenario either engine leaves inconclusive there is skipped
 * (printed). Slow: the three-thread shapes take minutes.
 */
@Tag("slow")
class EnginesAgreeTest {
  private static final long BUDGET = 20_000;

  @TestFactory
  Stream<DynamicTest> sameVerdicts() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario s : Scenarios.all()) {
      for (MemoryModel m : new MemoryModel[] {MemoryModel.SC, MemoryModel.TSO}) {
        tests.add(DynamicTest.dynamicTest(s.name() + " " + m, () -> {
          ExploreOptions o = ExploreOptions.defaults().withModel(m).withMaxSchedules(BUDGET);
          ExploreResult steps = Explorer.explore(s, o);
          ExploreResult graphs = Explorer.explore(s, o.withEngine(Engine.GRAPH));
          System.out.println(steps.summary() + "\n" + graphs.summary());
          assertEquals(0, graphs.duplicates(), graphs.summary());
          if (steps.verdict() == ExploreResult.Verdict.INCONCLUSIVE || graphs.verdict() == ExploreResult.Verdict.INCONCLUSIVE) {
            return;
          }
          assertEquals(steps.verdict(), graphs.verdict(), steps.summary() + "\n" + graphs.summary());
        }));
      }
    }
    return tests.stream();
  }
}
