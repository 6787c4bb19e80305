package minotaur.explore.graph;

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
 * test-resources/golden/graph-counts-2000.txt is its output at a cap of 2,000 (about 10 minutes
 * on a loaded 2-core machine), while the registry stays as it is.
 */
final class GraphCounts {
  private GraphCounts() {}

  public static void main(String[] args) {
    long cap = args.length > 0 ? Long.parseLong(args[0]) : 20_000;
    String only = args.length > 1 ? args[1] : "";
    for (Scenario s : Scenarios.all()) {
      if (!s.name().contains(only)) continue;
      for (MemoryModel m : MemoryModel.values()) {
        ExploreOptions o = ExploreOptions.defaults().withModel(m).withMaxSchedules(cap).withEngine(Engine.GRAPH);
        ExploreResult r = Explorer.explore(s, o);
        System.out.println(s.name() + " " + m + " " + r.complete() + " " + r.blocked() + " " + r.duplicates()
            + " " + r.verdict());
      }
    }
  }
}
