package minotaur.explore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import minotaur.explore.Engine;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.mem.IntCell;
import minotaur.os.QemuMutex;
import org.junit.jupiter.api.Test;

/**
 * A lock that a backward revisit would have a thread take while another holds it: the lock call
 * stays a blocked read that the holder's unlock revisits (TruSt with blocking reads). Without it
 * every lock order but the first was lost as a blocked execution.
 */
class BlockedLockRevisitTest {
  /**
   * {@code threads} threads each append their number to {@code log} under one mutex: one graph
   * per order of the critical sections ({@code threads}!), each its own outcome.
   */
  private static Scenario appendUnderLock(int threads) {
    return new Scenario("lock-order-" + threads, "each thread appends to a log under one mutex", world -> {
      QemuMutex m = world.os().mutex("m");
      IntCell log = world.memory().intCell("log", 0);
      for (int t = 1; t <= threads; t++) {
        int me = t;
        world.thread("t" + t, self -> {
          m.lock();
          log.setPlain(log.getPlain() * 10 + me);
          m.unlock();
        });
      }
      world.outcome(() -> "log=" + log.getPlain());
    });
  }

  private static ExploreResult explore(Scenario s, MemoryModel m, Engine e) {
    return Explorer.explore(s, ExploreOptions.defaults().withModel(m).withEngine(e));
  }

  @Test
  void everyOrderOfTwoCriticalSectionsIsOneGraph() {
    for (MemoryModel m : MemoryModel.values()) {
      ExploreResult r = explore(appendUnderLock(2), m, Engine.GRAPH);
      assertEquals(ExploreResult.Verdict.PASS, r.verdict(), r.summary());
      assertEquals(Map.of("log=12", 1L, "log=21", 1L), r.outcomes(), m + ": " + r.summary());
      assertEquals(0, r.duplicates(), r.summary());
    }
  }

  @Test
  void threeCriticalSectionsGiveSixGraphsAsTheInterleavingExplorerFinds() {
    for (MemoryModel m : new MemoryModel[] {MemoryModel.SC, MemoryModel.TSO}) {
      ExploreResult graph = explore(appendUnderLock(3), m, Engine.GRAPH);
      ExploreResult steps = explore(appendUnderLock(3), m, Engine.INTERLEAVING);
      assertEquals(6, steps.outcomes().size(), steps.summary());
      assertEquals(steps.outcomes().keySet(), graph.outcomes().keySet(), m + ": " + graph.summary());
      assertEquals(6, graph.complete(), m + ": " + graph.summary());
      assertEquals(0, graph.duplicates(), graph.summary());
    }
  }
}
