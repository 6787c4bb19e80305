package minotaur.explore.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a graph is consistent under a {@link Model}, and finds RC11 data races. Every
 * check recomputes its relations from the graph (the graphs are small: tens to a few hundred
 * events): nodes are the initial writes (index = location) then the events in order of addition;
 * relations are rows of bits.
 *
 * <p>Happens-before is computed in one pass in order of addition, since po, rf and so sw all
 * point forward in it; hb = (po | sw)+ with the initial writes before every event. Release
 * sequences follow rc11.cat: a release write or a release fence po-before a write heads the
 * release sequence of every atomic write po-after it to the same location (the write itself
 * included), extended through updates reading from it. eco is computed from mo positions
 * (eco = rf | mo | rb | mo;rf | rb;rf for a total mo).
 */
final class Consistency {
  private final Graph g;
  private final Model model;
  private final int locs;
  private final int n;
  private final int words;
  private final Event[] node;
  private final int[] moPos;
  private long[][] hbPred;
  private long[][] hbSucc;

  private Consistency(Graph g, Model model) {
    this.g = g;
    this.model = model;
    this.locs = g.locations();
    this.n = locs + g.events.size();
    this.words = (n + 63) >>> 6;
    this.node = new Event[n];
    this.moPos = new int[n];
    for (int l = 0; l < locs; l++) {
      List<Event> m = g.mo.get(l);
      node[l] = m.get(0);
      for (int i = 0; i < m.size(); i++) moPos[ix(m.get(i))] = i;
    }
    for (Event e : g.events) node[locs + e.stamp] = e;
  }

  static boolean consistent(Graph g, Model model) {
    Consistency c = new Consistency(g, model);
    if (!c.atomicity()) return false;
    return switch (model) {
      case SC -> c.acyclicSc();
      case TSO -> c.acyclicTso();
      case RA, RC11 -> c.rc11();
    };
  }

  /** A data race of a graph consistent under RC11: two events, or null. */
  static Event[] race(Graph g) {
    Consistency c = new Consistency(g, Model.RC11);
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

  private int ix(Event e) {
    return e.isInit() ? e.loc : locs + e.stamp;
  }

  private static boolean has(long[] row, int i) {
    return (row[i >>> 6] & (1L << i)) != 0;
  }

  private static void set(long[] row, int i) {
    row[i >>> 6] |= 1L << i;
  }

  private static void or(long[] into, long[] from) {
    for (int w = 0; w < into.length; w++) into[w] |= from[w];
  }

  private static boolean meets(long[] a, long[] b) {
    for (int w = 0; w < a.length; w++) {
      if ((a[w] & b[w]) != 0) return true;
    }
    return false;
  }

  private Ord ord(Event e) {
    return model == Model.RA ? e.ord.strengthened(e.kind) : e.ord;
  }

  /** Every update reads from the write right before it in mo. */
  private boolean atomicity() {
    for (Event e : g.events) {
      if (e.kind != Event.Kind.UPDATE) continue;
      List<Event> m = g.mo.get(e.loc);
      int i = m.indexOf(e);
      if (i < 1 || m.get(i - 1) != e.rf) return false;
    }
    return true;
  }

  // ---- SC and TSO: acyclicity of a union of relations ----

  private boolean acyclicSc() {
    List<List<Integer>> adj = adjacency();
    for (List<Event> th : g.threads) {
      for (int i = 0; i + 1 < th.size(); i++) adj.get(ix(th.get(i))).add(ix(th.get(i + 1)));
    }
    com(adj, true);
    return acyclic(adj);
  }

  private boolean acyclicTso() {
    List<List<Integer>> perLoc = adjacency();
    for (List<Event> th : g.threads) {
      for (int i = 0; i < th.size(); i++) {
        Event x = th.get(i);
        if (x.kind == Event.Kind.FENCE) continue;
        for (int j = i + 1; j < th.size(); j++) {
          if (th.get(j).kind != Event.Kind.FENCE && th.get(j).loc == x.loc) {
            perLoc.get(ix(x)).add(ix(th.get(j)));
            break;
          }
        }
      }
    }
    com(perLoc, true);
    if (!acyclic(perLoc)) return false;
    List<List<Integer>> ghb = adjacency();
    for (List<Event> th : g.threads) {
      for (int i = 0; i < th.size(); i++) {
        Event x = th.get(i);
        boolean barrierBetween = false;
        for (int j = i + 1; j < th.size(); j++) {
          Event y = th.get(j);
          boolean buffered = x.kind == Event.Kind.WRITE && x.ord != Ord.SC;
          if (!(buffered && y.kind == Event.Kind.READ && !barrierBetween)) ghb.get(ix(x)).add(ix(y));
          if (tsoBarrier(y)) barrierBetween = true;
        }
      }
    }
    com(ghb, false);
    return acyclic(ghb);
  }

  /** A full fence, an RMW (locked instruction), an OS call or a volatile store (store + fence). */
  private static boolean tsoBarrier(Event e) {
    return (e.kind == Event.Kind.FENCE && e.ord == Ord.SC) || e.kind == Event.Kind.UPDATE
        || (e.kind == Event.Kind.WRITE && e.ord == Ord.SC);
  }

  private List<List<Integer>> adjacency() {
    List<List<Integer>> adj = new ArrayList<>(n);
    for (int i = 0; i < n; i++) adj.add(new ArrayList<>(2));
    return adj;
  }

  /** Adds mo (consecutive pairs), rb (to the next write after the one read) and rf (all, or only external). */
  private void com(List<List<Integer>> adj, boolean internalRf) {
    for (List<Event> m : g.mo) {
      for (int i = 0; i + 1 < m.size(); i++) adj.get(ix(m.get(i))).add(ix(m.get(i + 1)));
    }
    for (Event e : g.events) {
      if (!e.reads()) continue;
      if (internalRf || e.rf.thread != e.thread) adj.get(ix(e.rf)).add(ix(e));
      List<Event> m = g.mo.get(e.loc);
      int k = m.indexOf(e.rf) + 1;
      if (k < m.size() && m.get(k) == e) k++;
      if (k < m.size()) adj.get(ix(e)).add(ix(m.get(k)));
    }
    // initial writes precede every thread's first event
    for (List<Event> th : g.threads) {
      if (th.isEmpty()) continue;
      for (int l = 0; l < locs; l++) adj.get(l).add(ix(th.get(0)));
    }
  }

  private boolean acyclic(List<List<Integer>> adj) {
    int[] state = new int[n];
    int[] stack = new int[n];
    int[] next = new int[n];
    for (int s = 0; s < n; s++) {
      if (state[s] != 0) continue;
      int sp = 0;
      stack[sp++] = s;
      state[s] = 1;
      next[s] = 0;
      while (sp > 0) {
        int v = stack[sp - 1];
        List<Integer> out = adj.get(v);
        if (next[v] < out.size()) {
          int w = out.get(next[v]++);
          if (state[w] == 1) return false;
          if (state[w] == 0) {
            state[w] = 1;
            next[w] = 0;
            stack[sp++] = w;
          }
        } else {
          state[v] = 2;
          sp--;
        }
      }
    }
    return true;
  }

  // ---- RC11 and RA ----

  private boolean rc11() {
    happensBefore();
    if (!coherent()) return false;
    return acyclicPsc();
  }

  private boolean hb(int a, int b) {
    return has(hbPred[b], a);
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
    for (int a = 0; a < n; a++) {
      if (has(h, a)) {
        set(pred, a);
        or(pred, hbPred[a]);
      }
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

  private boolean scAccess(Event e) {
    return e.kind != Event.Kind.FENCE && ord(e) == Ord.SC;
  }

  private boolean scFence(Event e) {
    return e.fences() && fenceOrd(e) == Ord.SC;
  }

  private boolean acyclicPsc() {
    List<Integer> sc = new ArrayList<>();
    for (Event e : g.events) {
      if (scAccess(e) || scFence(e)) sc.add(ix(e));
    }
    if (sc.size() < 2) return true;
    hbSucc = new long[n][words];
    for (int b = 0; b < n; b++) {
      for (int a = 0; a < n; a++) {
        if (has(hbPred[b], a)) set(hbSucc[a], b);
      }
    }
    long[][] scb = new long[n][];
    List<List<Integer>> adj = adjacency();
    for (int a : sc) {
      Event ea = node[a];
      long[] left = new long[words];
      set(left, a);
      if (scFence(ea)) or(left, hbSucc[a]);
      long[] reach = new long[words];
      for (int c = 0; c < n; c++) {
        if (!has(left, c)) continue;
        if (scb[c] == null) scb[c] = scbRow(c);
        or(reach, scb[c]);
      }
      long[] viaEco = scFence(ea) ? ecoAfterHb(a) : null;
      for (int b : sc) {
        Event eb = node[b];
        long[] right = new long[words];
        set(right, b);
        if (scFence(eb)) or(right, hbPred[b]);
        boolean edge = meets(reach, right);
        if (!edge && viaEco != null && scFence(eb)) edge = hb(a, b) || meets(viaEco, hbPred[b]);
        if (edge) adj.get(a).add(b);
      }
    }
    return acyclic(adj);
  }

  /** The events y with a hb x eco y for some x. */
  private long[] ecoAfterHb(int a) {
    long[] out = new long[words];
    for (int x = 0; x < n; x++) {
      if (!has(hbSucc[a], x) || node[x].kind == Event.Kind.FENCE) continue;
      for (int y = 0; y < n; y++) {
        Event ey = node[y];
        if (ey.kind != Event.Kind.FENCE && ey.loc == node[x].loc && eco(node[x], ey)) set(out, y);
      }
    }
    return out;
  }

  private boolean sameLoc(Event a, Event b) {
    return a.kind != Event.Kind.FENCE && b.kind != Event.Kind.FENCE && a.loc == b.loc;
  }

  private boolean po(Event a, Event b) {
    return (a.isInit() && !b.isInit()) || (!a.isInit() && a.thread == b.thread && a.index < b.index);
  }

  /** scb = po | po\loc; hb; po\loc | hb & loc | mo | rb, the successors of {@code c}. */
  private long[] scbRow(int c) {
    Event ec = node[c];
    long[] row = new long[words];
    long[] sblAfterHb = new long[words];
    for (int e = 0; e < n; e++) {
      Event ee = node[e];
      if (po(ec, ee)) {
        set(row, e);
        if (!sameLoc(ec, ee)) or(sblAfterHb, hbSucc[e]);
      }
      if (has(hbSucc[c], e) && sameLoc(ec, ee)) set(row, e);
      if (sameLoc(ec, ee) && ee.writes()) {
        if (ec.writes() && moPos[c] < moPos[e]) set(row, e);
        if (ec.reads() && ec != ee && moPos[ix(ec.rf)] < moPos[e]) set(row, e);
      }
    }
    for (int x = 0; x < n; x++) {
      if (!has(sblAfterHb, x)) continue;
      Event ex = node[x];
      for (int d = 0; d < n; d++) {
        if (po(ex, node[d]) && !sameLoc(ex, node[d])) set(row, d);
      }
    }
    return row;
  }
}
