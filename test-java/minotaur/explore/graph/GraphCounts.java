package minotaur.explore.graph;

import java.util.Arrays;
import java.util.stream.Stream;
import minotaur.cli.Scenarios;
import minotaur.explore.Engine;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;

/**
 * Prints, for every registered scenario (or those whose name contains the second argument) under
 * every model, the graph engine's line {@code scenario MODEL complete blocked duplicates verdict}
 * within a cap of executions (first argument, default 20,000). Not a test: a baseline to diff
 * before and after a change to the engine that must not change which graphs are explored. Run
 * on the test classpath ({@code java -cp target/test-classes:target/classes:... minotaur.explore.graph.GraphCounts 2000});
 * test-resources/golden/graph-counts-2000.txt is its output at a cap of 2,000 (under a minute
 * on 2 cores), which {@code GraphCountsTest} ({@code -Pslow}) holds the engine to;
 * regenerate it when a change is meant to change the graphs (a new scenario, a new event), and
 * say why in the commit.
 */
final class GraphCounts {
  private GraphCounts() {}

  public static void main(String[] args) {
    long cap = args.length > 0 ? Long.parseLong(args[0]) : 20_000;
    String only = args.length > 1 ? args[1] : "";
    lines(cap, only).forEach(System.out::println);
  }

  /** The line of each scenario whose name contains {@code only}, under each model, within {@code cap}. */
  static Stream<String> lines(long cap, String only) {
    return Scenarios.all().stream().filter(s -> s.name().contains(only))
        .flatMap(s -> Arrays.stream(MemoryModel.values()).map(m -> line(s, m, cap)));
  }

  private static String line(Scenario s, MemoryModel m, long cap) {
    ExploreOptions o = ExploreOptions.defaults().withModel(m).withMaxSchedules(cap).withEngine(Engine.GRAPH);
    ExploreResult r = Explorer.explore(s, o);
    return s.name() + " " + m + " " + r.complete() + " " + r.blocked() + " " + r.duplicates() + " " + r.verdict();
  }
}
