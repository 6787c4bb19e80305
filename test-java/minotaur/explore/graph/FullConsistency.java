package minotaur.explore.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * The test oracle for {@link Consistency}: the engine's former check, which recomputes every
 * relation for every check, so that the incremental checks built on {@link Views} can be compared
 * with it. What the incremental checks replaced is recomputed here from scratch: happens-before
 * (overriding {@link Consistency#hbRows}, which reads it from the views), full coherence and
 * atomicity, and the data race. The acyclicity checks (SC, TSO and psc over the given hb) are the
 * engine's own, which it runs whole when it runs them.
 *
 * <p>Happens-before is computed in one pass in order of addition, since po, rf and so sw all
 * point forward in it; hb = (po | sw)+ with the initial writes before every event. Release
 * sequences follow rc11.cat: a release write or a release fence po-before a write heads the
 * release sequence of every atomic write po-after it to the same location (the write itself
 * included), extended through updates reading from it. eco is computed from mo positions
 * (eco = rf | mo | rb | mo;rf | rb;rf for a total mo).
 */
final class FullConsistency extends Consistency {
  private final int[] moPos;

  private FullConsistency(Graph g, Model model) {
    super(g, model);
    this.moPos = new int[n];
    for (int l = 0; l < locs; l++) {
      List<Event> m = g.mo.get(l);
      for (int i = 0; i < m.size(); i++) moPos[ix(m.get(i))] = i;
    }
  }

  static boolean consistent(Graph g, Model model) {
    FullConsistency c = new FullConsistency(g, model);
    if (!c.atomicity()) return false;
    return switch (model) {
      case SC -> c.acyclicSc();
      case TSO -> c.acyclicTso();
      case RA, RC11 -> c.rc11();
    };
  }

  /** A data race of a graph consistent under RC11: two events, or null. */
  static Event[] race(Graph g) {
    FullConsistency c = new FullConsistency(g, Model.RC11);
    c.happensBefore();
    for (int i = c.locs; i < c.n; i++) {
      Event x = c.node[i];
      if (x.kind == Event.Kind.FENCE) continue;
      for (int j = i + 1; j < c.n; j++) {
        Event y = c.node[j];
        if (y.kind == Event.Kind.FENCE || y.loc != x.loc || y.thread == x.thread) continue;
        if (!x.writes() && !y.writes()) continue;
        if (x.ord.atomic() && y.ord.atomic()) continue;
        if (!c.hb(i, j) && !c.hb(j, i)) return new Event[] {x, y};
      }
    }
    return null;
  }

  private Ord ord(Event e) {
    return model == Model.RA ? e.ord.strengthened(e.kind) : e.ord;
  }

  private boolean rc11() {
    happensBefore();
    if (!coherent()) return false;
    return acyclicPsc();
  }

  private boolean hb(int a, int b) {
    return has(hbPred[b], a);
  }

  /** hb from scratch, then its successor rows, for the engine's psc check. */
  @Override void hbRows() {
    if (hbPred == null) happensBefore();
    hbSucc = new long[n][words];
    for (int b = 0; b < n; b++) {
      for (int a = next(hbPred[b], 0); a >= 0; a = next(hbPred[b], a + 1)) set(hbSucc[a], b);
    }
  }

  private void happensBefore() {
    hbPred = new long[n][words];
    long[][] heads = new long[n][];
    for (Event b : g.events) {
      int bi = ix(b);
      long[] pred = hbPred[bi];
      if (b.index == 0) {
        for (int l = 0; l < locs; l++) set(pred, l);
      } else {
        int p = ix(g.threads.get(b.thread).get(b.index - 1));
        or(pred, hbPred[p]);
        set(pred, p);
      }
      List<Event> th = g.threads.get(b.thread);
      if (b.reads() && ord(b).atomic() && ord(b).acquires()) synchronize(pred, heads, b.rf);
      if (b.fences() && fenceOrd(b).acquires()) {
        for (int i = 0; i < b.index; i++) {
          Event r = th.get(i);
          if (r.reads() && ord(r).atomic()) synchronize(pred, heads, r.rf);
        }
      }
      if (b.writes() && ord(b).atomic()) heads[bi] = releaseHeads(b, heads);
    }
  }

  private Ord fenceOrd(Event e) {
    return e.osCall ? Ord.SC : e.ord;
  }

  /** Adds to {@code pred} each release heading the release sequence {@code w} is in, with its hb-prefix. */
  private void synchronize(long[] pred, long[][] heads, Event w) {
    long[] h = heads[ix(w)];
    if (h == null) return;
    for (int a = next(h, 0); a >= 0; a = next(h, a + 1)) {
      set(pred, a);
      or(pred, hbPred[a]);
    }
  }

  private long[] releaseHeads(Event x, long[][] heads) {
    long[] h = new long[words];
    if (ord(x).releases()) set(h, ix(x));
    List<Event> th = g.threads.get(x.thread);
    for (int i = 0; i < x.index; i++) {
      Event p = th.get(i);
      if (p.fences() && fenceOrd(p).releases()) set(h, ix(p));
      if (p.writes() && p.loc == x.loc && ord(p).releases()) set(h, ix(p));
    }
    if (x.kind == Event.Kind.UPDATE && heads[ix(x.rf)] != null) or(h, heads[ix(x.rf)]);
    return h;
  }

  private boolean eco(Event x, Event y) {
    if (x == y) return false;
    if (x.writes()) {
      if (y.writes() && moPos[ix(x)] < moPos[ix(y)]) return true;
      if (y.reads() && (y.rf == x || moPos[ix(x)] < moPos[ix(y.rf)])) return true;
    }
    if (x.reads()) {
      if (y.writes() && moPos[ix(x.rf)] < moPos[ix(y)]) return true;
      if (y.reads() && moPos[ix(x.rf)] < moPos[ix(y.rf)]) return true;
    }
    return false;
  }

  /** irreflexive(hb; eco?): no event happens before one that is eco-before it. */
  private boolean coherent() {
    List<List<Event>> byLoc = new ArrayList<>(locs);
    for (int l = 0; l < locs; l++) byLoc.add(new ArrayList<>(List.of(node[l])));
    for (Event e : g.events) {
      if (e.kind != Event.Kind.FENCE) byLoc.get(e.loc).add(e);
    }
    for (List<Event> es : byLoc) {
      for (Event x : es) {
        for (Event y : es) {
          if (x != y && hb(ix(x), ix(y)) && eco(y, x)) return false;
        }
      }
    }
    return true;
  }
}
