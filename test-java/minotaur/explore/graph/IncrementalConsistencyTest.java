package minotaur.explore.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The engine's consistency checks, built on per-event views and checking only what the last
 * event can break, against {@link FullConsistency} (the former check, which recomputes every
 * relation from the graph) on random graphs of 2-3 threads, 1-3 locations and every access mode,
 * fence and OS call. A failure names the seed and the graph.
 */
class IncrementalConsistencyTest {
  private static final Ord[] READS = {Ord.NA, Ord.RLX, Ord.ACQ, Ord.SC};
  private static final Ord[] WRITES = {Ord.NA, Ord.RLX, Ord.REL, Ord.SC};
  private static final Ord[] UPDATES = {Ord.RLX, Ord.ACQ, Ord.REL, Ord.ACQ_REL, Ord.SC};
  private static final Ord[] FENCES = {Ord.ACQ, Ord.REL, Ord.ACQ_REL, Ord.SC};
  private static final int GRAPHS = 1200;
  private static final int EXTENSIONS = 16;

  /** Grows consistent graphs by random events: the check of the new event agrees with the full check. */
  @Test
  void checkingTheNewEventAgreesWithTheFullCheck() {
    for (Model model : Model.values()) {
      int kept = 0;
      int refused = 0;
      for (long seed = 0; seed < GRAPHS; seed++) {
        Random rnd = new Random(seed);
        Graph g = graph(rnd);
        for (int k = 0; k < EXTENSIONS; k++) {
          Event e = extend(g, rnd, model);
          boolean expected = FullConsistency.consistent(g, model);
          assertEquals(expected, Consistency.consistentWith(g, e, model),
              "seed " + seed + " under " + model + ", adding " + e + " to " + g.key());
          if (expected) {
            kept++;
            if (model == Model.RC11) {
              assertArrayEquals(FullConsistency.race(g), Consistency.race(g), "seed " + seed + ": " + g.key());
            }
          } else {
            refused++;
            g.removeLast(e);
          }
        }
      }
      // both verdicts are exercised, many times
      assertTrue(kept > GRAPHS && refused > GRAPHS, model + ": " + kept + " kept, " + refused + " refused");
    }
  }

  private static Graph graph(Random rnd) {
    Graph g = new Graph();
    int locs = 1 + rnd.nextInt(3);
    for (int l = 0; l < locs; l++) g.location(l, 0);
    for (int t = 0; t < 2 + rnd.nextInt(2); t++) g.thread(t);
    return g;
  }

  /** Adds one random event as the engine does (an update right after the write it reads), with its views. */
  private static Event extend(Graph g, Random rnd, Model model) {
    int t = rnd.nextInt(g.threads.size());
    int index = g.size(t);
    int loc = rnd.nextInt(g.locations());
    List<Event> m = g.mo.get(loc);
    Event e;
    switch (rnd.nextInt(7)) {
      case 0, 1 -> {
        e = new Event(t, index, Event.Kind.READ, loc, pick(rnd, READS), false, "r");
        e.rf = m.get(rnd.nextInt(m.size()));
        g.add(e);
      }
      case 2, 3 -> {
        e = new Event(t, index, Event.Kind.WRITE, loc, pick(rnd, WRITES), false, "w");
        g.add(e);
        m.add(1 + rnd.nextInt(m.size()), e);
      }
      case 4, 5 -> {
        boolean os = rnd.nextInt(4) == 0;
        e = new Event(t, index, Event.Kind.UPDATE, loc, os ? Ord.SC : pick(rnd, UPDATES), os, "u");
        e.rf = m.get(rnd.nextInt(m.size()));
        g.add(e);
        m.add(m.indexOf(e.rf) + 1, e);
      }
      default -> {
        e = new Event(t, index, Event.Kind.FENCE, -1, pick(rnd, FENCES), false, "f");
        g.add(e);
      }
    }
    Views.attach(g, e, model);
    return e;
  }

  private static Ord pick(Random rnd, Ord[] ords) {
    return ords[rnd.nextInt(ords.length)];
  }
}
