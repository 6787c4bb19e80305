package minotaur.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.explore.graph.Trust;
import minotaur.explore.memory.GraphMemory;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.strategy.Choices;
import minotaur.explore.strategy.DfsStrategy;
import minotaur.explore.strategy.GraphStrategy;
import minotaur.explore.strategy.Schedule;
import minotaur.explore.strategy.Strategy;
import minotaur.mem.IntCell;
import org.junit.jupiter.api.Test;

/**
 * A step costs at most one thread switch: a thread that is chosen again runs on, and one that is
 * not hands the baton straight to the chosen thread rather than through the controller. Counted
 * in baton passes, not timed: the switch is the explorers' main fixed cost per step.
 */
class BatonPassingTest {
  private static final int STORES = 40;

  /** Two threads, each storing to its own cell {@link #STORES} times: 2 × STORES + a few steps. */
  private static final Scenario TWO_WRITERS = new Scenario("two-writers", "each thread stores to its own cell", w -> {
    IntCell x = w.memory().intCell("x", 0);
    IntCell y = w.memory().intCell("y", 0);
    w.thread("x", self -> {
      for (int i = 1; i <= STORES; i++) x.setOpaque(i);
    });
    w.thread("y", self -> {
      for (int i = 1; i <= STORES; i++) y.setOpaque(i);
    });
  });

  @Test
  void aThreadChosenAgainRunsOnWithoutASwitch() {
    try (Workers workers = new Workers()) {
      Run run = new Run(TWO_WRITERS, MemoryModel.SC, false, workers, false);
      Run.Result r = run.drive(new DfsStrategy(-1, true), 1000);
      assertEquals(Run.End.FINISHED, r.end());
      assertTrue(run.steps() >= 2 * STORES, "steps " + run.steps());
      // Starting each thread (2 passes each), the first choice and the end: a handful, not 2 per step.
      assertTrue(workers.passes() <= 10, workers.passes() + " baton passes for " + run.steps() + " steps");
    }
  }

  @Test
  void aSwitchBetweenThreadsIsOnePass() {
    try (Workers workers = new Workers()) {
      Run run = new Run(TWO_WRITERS, MemoryModel.SC, false, workers, false);
      Run.Result r = run.drive(new Alternating(), 1000);
      assertEquals(Run.End.FINISHED, r.end());
      long starts = 4;
      assertTrue(workers.passes() <= starts + run.steps() + 2,
          workers.passes() + " baton passes for " + run.steps() + " alternating steps");
      assertTrue(workers.passes() >= run.steps() - 2, "the strategy did alternate: " + workers.passes());
    }
  }

  @Test
  void aGraphRunPassesTheBatonAtMostOncePerStep() {
    Trust trust = new Trust(MemoryModel.RC11.graphModel());
    assertTrue(trust.begin());
    try (Workers workers = new Workers()) {
      Run run = new Run(TWO_WRITERS, MemoryModel.RC11, false, workers, false, new GraphMemory(trust));
      Run.Result r = run.drive(new GraphStrategy(trust), 1000);
      assertEquals(Run.End.FINISHED, r.end());
      assertTrue(workers.passes() <= run.steps() + 6, workers.passes() + " baton passes for " + run.steps() + " steps");
    }
  }

  /** Picks the thread that did not take the last step whenever it can. */
  private static final class Alternating implements Strategy {
    private int last = -1;

    @Override public int choose(Schedule run, int[] enabled, int count) {
      int pick = enabled[0];
      for (int i = 0; i < count; i++) {
        if (Choices.thread(enabled[i]) != last) {
          pick = enabled[i];
          break;
        }
      }
      last = Choices.thread(pick);
      return pick;
    }

    @Override public boolean next(int steps) {
      return false;
    }

    @Override public boolean complete() {
      return true;
    }

    @Override public String bound() {
      return "alternating";
    }
  }
}
