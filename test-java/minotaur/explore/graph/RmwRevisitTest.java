package minotaur.explore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import minotaur.explore.Engine;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.mem.IntCell;
import minotaur.mem.Order;
import org.junit.jupiter.api.Test;

/**
 * Several RMWs on one location, and re-revisited reads, against counts that follow from the
 * shape alone: RMWs on one location are totally ordered by mo and each reads its mo-predecessor,
 * so every order of the RMWs is one graph, under every model. The graph engine once found only
 * the orders where the RMW added first came first (GenMC's cii, inc2w, rii, riwi lost
 * executions), and explored a read revisited twice more than once.
 */
class RmwRevisitTest {
  private static ExploreResult explore(Scenario s, MemoryModel m) {
    ExploreResult r = Explorer.explore(s, ExploreOptions.defaults().withModel(m).withEngine(Engine.GRAPH));
    assertEquals(ExploreResult.Verdict.PASS, r.verdict(), s.name() + " under " + m + ": " + r.summary());
    assertEquals(0, r.duplicates(), s.name() + " under " + m + ": " + r.summary());
    return r;
  }

  private static long factorial(int n) {
    return n <= 1 ? 1 : n * factorial(n - 1);
  }

  /** {@code n} threads, each one fetch-and-add of 1 on x, recording what it read. */
  private static Scenario increments(int n) {
    return new Scenario("inc" + n, "inc" + n, world -> {
      IntCell x = world.memory().intCell("x", 0);
      int[] got = new int[n];
      for (int t = 0; t < n; t++) {
        int me = t;
        world.thread("t" + t, a -> got[me] = x.getAndAdd(1));
      }
      world.outcome(() -> java.util.Arrays.toString(got) + " x=" + x.getOpaque());
    });
  }

  @Test
  void nFetchAndAddsGiveNFactorialExecutionsUnderEveryModel() {
    for (int n = 2; n <= 4; n++) {
      for (MemoryModel m : MemoryModel.values()) {
        ExploreResult r = explore(increments(n), m);
        assertEquals(factorial(n), r.complete(), "inc" + n + " under " + m + ": " + r.outcomes());
        // each order of the increments is its own outcome: the values read are a permutation
        assertEquals(factorial(n), r.outcomes().size(), "inc" + n + " under " + m + ": " + r.outcomes());
        for (String outcome : r.outcomes().keySet()) {
          assertEquals(true, outcome.endsWith("x=" + n), "inc" + n + " under " + m + ": lost update " + outcome);
        }
      }
    }
  }

  @Test
  void racingCompareAndSetsHaveOneWinnerEach() {
    for (int k = 2; k <= 4; k++) {
      int threads = k;
      Scenario cas = new Scenario("cas" + k, "cas" + k, world -> {
        IntCell x = world.memory().intCell("x", 0);
        boolean[] won = new boolean[threads];
        for (int t = 0; t < threads; t++) {
          int me = t;
          world.thread("t" + t, a -> won[me] = x.compareAndExchange(0, me + 1, Order.RELAXED, Order.RELAXED) == 0);
        }
        world.outcome(() -> java.util.Arrays.toString(won) + " x=" + x.getOpaque());
      });
      for (MemoryModel m : MemoryModel.values()) {
        ExploreResult r = explore(cas, m);
        // the winner reads 0 and is first in mo; every loser (a failed CAS: a read) reads the winner's write
        assertEquals(k, r.complete(), cas.name() + " under " + m + ": " + r.outcomes());
        for (Map.Entry<String, Long> e : r.outcomes().entrySet()) {
          assertEquals(1, e.getKey().split("true", -1).length - 1, cas.name() + " under " + m + ": " + e.getKey());
        }
      }
    }
  }

  /** GenMC's inc2w: two increments around a plain store, each of the 3! mo orders once. */
  @Test
  void incrementsAroundAStoreTakeEveryOrder() {
    Scenario s = new Scenario("inc2w", "inc2w", world -> {
      IntCell x = world.memory().intCell("x", 0);
      world.thread("t0", a -> x.getAndAdd(1));
      world.thread("t1", a -> x.setRelease(4));
      world.thread("t2", a -> x.getAndAdd(2));
      world.outcome(() -> "x=" + x.getOpaque());
    });
    for (MemoryModel m : MemoryModel.values()) {
      ExploreResult r = explore(s, m);
      assertEquals(6, r.complete(), "inc2w under " + m + ": " + r.outcomes());
      assertEquals(List.of("x=4", "x=5", "x=6", "x=7"), new ArrayList<>(r.outcomes().keySet()), "inc2w under " + m);
    }
  }

  /**
   * One read and two writes of x: (reads init, the first or the second write) x (two mo orders)
   * = 6 graphs. A read revisited by one write and then by the other, with the first kept, was a
   * second path to the same graph.
   */
  @Test
  void aReadRevisitedTwiceIsExploredOnce() {
    Scenario s = new Scenario("r+2w", "r+2w", world -> {
      IntCell x = world.memory().intCell("x", 0);
      int[] r = new int[1];
      world.thread("t0", a -> r[0] = x.getOpaque());
      world.thread("t1", a -> x.setOpaque(1));
      world.thread("t2", a -> x.setOpaque(2));
      world.outcome(() -> "r=" + r[0] + " x=" + x.getOpaque());
    });
    for (MemoryModel m : MemoryModel.values()) {
      ExploreResult r = explore(s, m);
      assertEquals(6, r.complete(), "r+2w under " + m + ": " + r.outcomes());
      assertEquals(6, r.outcomes().size(), "r+2w under " + m + ": " + r.outcomes());
    }
  }

  /** An increment and a read against an increment (GenMC's rii, 3 graphs), and with two readers. */
  @Test
  void readsAroundIncrementsSeeEveryPrefixOfTheirOrder() {
    Scenario s = new Scenario("rii", "rii", world -> {
      IntCell x = world.memory().intCell("x", 0);
      int[] r = new int[3];
      world.thread("t0", a -> { r[0] = x.getOpaque(); r[1] = x.getAndAdd(1); });
      world.thread("t1", a -> r[2] = x.getAndAdd(1));
      world.outcome(() -> java.util.Arrays.toString(r));
    });
    Scenario readers = new Scenario("ii+r", "ii+r", world -> {
      IntCell x = world.memory().intCell("x", 0);
      int[] r = new int[3];
      world.thread("t0", a -> r[0] = x.getAndAdd(1));
      world.thread("t1", a -> r[1] = x.getAndAdd(1));
      world.thread("t2", a -> r[2] = x.getOpaque());
      world.outcome(() -> java.util.Arrays.toString(r));
    });
    for (MemoryModel m : MemoryModel.values()) {
      assertEquals(3, explore(s, m).complete(), "rii under " + m);
      // two orders of the increments, the reader sees 0, 1 or 2 in each
      assertEquals(6, explore(readers, m).complete(), "ii+r under " + m);
    }
  }
}
