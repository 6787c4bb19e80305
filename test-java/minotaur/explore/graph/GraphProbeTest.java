package minotaur.explore.graph;

import minotaur.explore.*;
import org.junit.jupiter.api.Test;

class GraphProbeTest {
  @Test
  void probe() {
    String only = System.getProperty("probe", "");
    for (Scenario s : Scenarios.all()) {
      if (!s.name().matches(only)) continue;
      for (String mm : System.getProperty("models", "sc,rc11").split(",")) {
        MemoryModel m = MemoryModel.parse(mm);
        long t0 = System.nanoTime();
        try {
          ExploreResult r = Explorer.explore(s, ExploreOptions.defaults().withModel(m).withEngine(Engine.GRAPH).withMaxSchedules(20000));
          System.out.println("PROBE " + r.summaryWithRace() + " blocked=" + r.blocked() + " dup=" + r.duplicates()
              + (r.failure() != null ? "\n" + r.failure().report() : ""));
        } catch (RuntimeException e) {
          System.out.println("PROBE " + s.name() + " " + m + " ERROR " + e);
        }
      }
    }
  }
}
