package minotaur.explore.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * The test oracle for {@link Consistency}: the engine's former check, which recomputes every
 * relation of the graph for every check (hb in one pass in order of addition, as rows of bits),
 * kept as it was so that the incremental checks built on {@link Views} can be compared with it.
 *
 * <p>Happens-before is computed in one pass in order of addition, since po, rf and so sw all
 * point forward in it; hb = (po | sw)+ with the initial writes before every event. Release
 * sequences follow rc11.cat: a release write or a release fence po-before a write heads the
 * release sequence of every atomic write po-after it to the same location (the write itself
 * included), extended through updates reading from it. eco is computed from mo positions
 * (eco = rf | mo | rb | mo;rf | rb;rf for a total mo). psc's rows are unions of per-event rows.
 */
final class FullConsistency {
  private final Graph g;
  private final Model model;
  private final int locs;
  private final int n;
  private final int words;
  private final Event[] node;
  private final int[] moPos;
  private long[][] hbPred;
  private long[][] hbSucc;

  private FullConsistency(Graph g, Model model) {
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

  private boolean scAccess(Event e) {
    return e.kind != Event.Kind.FENCE && ord(e) == Ord.SC;
  }

  private boolean scFence(Event e) {
    return e.fences() && fenceOrd(e) == Ord.SC;
  }

  /**
   * acyclic(psc), psc = ([Esc] | [Fsc];hb?) ; scb ; ([Esc] | hb?;[Fsc]) | [Fsc] ; (hb | hb;eco;hb) ;
   * [Fsc], over the SC events only. The relations are rows of bits built once per check from per
   * event rows (po-successors, mo-successors, eco-successors), so that a row of scb or of
   * hb;eco costs a union of rows rather than a scan of every pair of events.
   */
  private boolean acyclicPsc() {
    int[] sc = g.events.stream().filter(e -> scAccess(e) || scFence(e)).mapToInt(this::ix).toArray();
    if (sc.length < 2) return true;
    Rows rows = new Rows();
    long[][] scb = new long[n][];
    long[][] psc = new long[n][];
    for (int a : sc) {
      boolean fenceA = scFence(node[a]);
      long[] reach = new long[words];
      if (scb[a] == null) scb[a] = rows.scb(a);
      or(reach, scb[a]);
      if (fenceA) {
        for (int c = next(hbSucc[a], 0); c >= 0; c = next(hbSucc[a], c + 1)) {
          if (scb[c] == null) scb[c] = rows.scb(c);
          or(reach, scb[c]);
        }
      }
      long[] viaEco = fenceA ? rows.ecoAfterHb(a) : null;
      psc[a] = new long[words];
      for (int b : sc) {
        boolean fenceB = scFence(node[b]);
        boolean edge = has(reach, b) || (fenceB && meets(reach, hbPred[b]));
        if (!edge && fenceA && fenceB) edge = hb(a, b) || meets(viaEco, hbPred[b]);
        if (edge) set(psc[a], b);
      }
    }
    return acyclic(sc, psc);
  }

  /** Whether the relation with successor rows {@code out} over {@code nodes} (rows of the others null) has no cycle. */
  private boolean acyclic(int[] nodes, long[][] out) {
    int[] state = new int[n];
    int[] stack = new int[n];
    int[] next = new int[n];
    for (int s : nodes) {
      if (state[s] != 0) continue;
      int sp = 0;
      stack[sp++] = s;
      state[s] = 1;
      while (sp > 0) {
        int v = stack[sp - 1];
        int w = next(out[v], next[v]);
        if (w >= 0) {
          next[v] = w + 1;
          if (state[w] == 1) return false;
          if (state[w] == 0) {
            state[w] = 1;
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

  /** The index of the first bit set in {@code row} at or after {@code from}, or -1. */
  private static int next(long[] row, int from) {
    int w = from >>> 6;
    if (w >= row.length) return -1;
    long bits = row[w] & (-1L << from);
    while (bits == 0) {
      if (++w == row.length) return -1;
      bits = row[w];
    }
    return (w << 6) + Long.numberOfTrailingZeros(bits);
  }

  private static void clear(long[] row, int i) {
    row[i >>> 6] &= ~(1L << i);
  }

  private static void andNot(long[] into, long[] from) {
    for (int w = 0; w < into.length; w++) into[w] &= ~from[w];
  }

  /** The per-event rows psc is built from, for the current hb; building them fills {@link #hbSucc}. */
  private final class Rows {
    /** po-successors; po-successors at another location (a fence has none: all of them). */
    private final long[][] poAfter = new long[n][];
    private final long[][] poOtherLoc = new long[n][];
    /** For a write: the writes mo-after it; the reads of it; it, the writes mo-after it and their reads. */
    private final long[][] moAfter = new long[n][];
    private final long[][] readers = new long[n][];
    private final long[][] fromHere = new long[n][];
    private final long[][] ecoSucc = new long[n][];
    /** The accesses to each location, its initial write included. */
    private final long[][] atLoc = new long[locs][words];

    Rows() {
      hbSucc = new long[n][words];
      for (int b = 0; b < n; b++) {
        for (int a = next(hbPred[b], 0); a >= 0; a = next(hbPred[b], a + 1)) set(hbSucc[a], b);
      }
      for (int i = 0; i < n; i++) {
        if (node[i].kind != Event.Kind.FENCE) set(atLoc[node[i].loc], i);
      }
      long[] threadEvents = new long[words];
      for (int i = locs; i < n; i++) set(threadEvents, i);
      for (int l = 0; l < locs; l++) poAfter[l] = threadEvents;
      for (List<Event> th : g.threads) {
        long[] after = new long[words];
        for (int k = th.size() - 1; k >= 0; k--) {
          int x = ix(th.get(k));
          poAfter[x] = after.clone();
          set(after, x);
        }
      }
      for (int x = 0; x < n; x++) {
        poOtherLoc[x] = poAfter[x].clone();
        if (node[x].kind != Event.Kind.FENCE) andNot(poOtherLoc[x], atLoc[node[x].loc]);
      }
      for (List<Event> m : g.mo) {
        for (Event w : m) readers[ix(w)] = new long[words];
      }
      for (Event e : g.events) {
        if (e.reads()) set(readers[ix(e.rf)], ix(e));
      }
      for (List<Event> m : g.mo) {
        long[] writes = new long[words];
        long[] all = new long[words];
        for (int k = m.size() - 1; k >= 0; k--) {
          int w = ix(m.get(k));
          moAfter[w] = writes.clone();
          set(writes, w);
          or(all, readers[w]);
          set(all, w);
          fromHere[w] = all.clone();
        }
      }
    }

    /** scb = po | po\loc;hb;po\loc | hb&loc | mo | rb, the successors of {@code c}. */
    long[] scb(int c) {
      Event ec = node[c];
      long[] row = poAfter[c].clone();
      if (ec.kind != Event.Kind.FENCE) {
        for (int w = 0; w < words; w++) row[w] |= hbSucc[c][w] & atLoc[ec.loc][w];
        if (ec.writes()) or(row, moAfter[c]);
        if (ec.reads()) {
          long[] rb = moAfter[ix(ec.rf)].clone();
          clear(rb, c);
          or(row, rb);
        }
      }
      // po\loc;hb: c is a thread event (an SC event or hb after one), whose po-successors come in
      // order of addition, and hb includes po; so the hb-successors of the first one are those of all.
      int first = next(poOtherLoc[c], 0);
      if (first < 0) return row;
      long[] hbMid = hbSucc[first];
      for (int x = next(hbMid, 0); x >= 0; x = next(hbMid, x + 1)) or(row, poOtherLoc[x]);
      return row;
    }

    /** The events y with {@code a} hb x eco y for some x. */
    long[] ecoAfterHb(int a) {
      long[] out = new long[words];
      for (int x = next(hbSucc[a], 0); x >= 0; x = next(hbSucc[a], x + 1)) {
        if (node[x].kind == Event.Kind.FENCE) continue;
        if (ecoSucc[x] == null) ecoSucc[x] = eco(x);
        or(out, ecoSucc[x]);
      }
      return out;
    }

    /** eco = rf | mo | rb | mo;rf | rb;rf, the successors of the access {@code x}. */
    private long[] eco(int x) {
      Event ex = node[x];
      long[] out = new long[words];
      if (ex.writes()) or(out, fromHere[x]);
      if (ex.reads()) {
        int w = ix(ex.rf);
        long[] later = fromHere[w].clone();
        clear(later, w);
        andNot(later, readers[w]);
        or(out, later);
      }
      clear(out, x);
      return out;
    }
  }
}
