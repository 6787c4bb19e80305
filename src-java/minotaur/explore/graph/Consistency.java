package minotaur.explore.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a graph is consistent under a {@link Model}, and finds RC11 data races. Nodes
 * are the initial writes (index = location) then the events in order of addition; relations that
 * are built are rows of bits.
 *
 * <p>{@link #consistentWith} checks only what the newly added event {@code e} can break, the
 * graph before it being consistent (GenMC's incremental checks, Kokologiannakis et al. PLDI 2019):
 * nothing is po-, rf- or hb-after the last event, and eco between older events does not change
 * (a write put in the middle of mo keeps the others' order). Under SC and TSO a new cycle must
 * leave {@code e}, by mo or rb: without an eco-successor {@code e} keeps the graph consistent,
 * else the acyclicity of the relations is recomputed. Under RC11 and RA happens-before comes from
 * the events' {@link Views}, computed once per event. Coherence (irreflexive hb;eco?)
 * can only fail for a pair {@code x hb e, e eco x}; atomicity only for {@code e} and the update
 * right after it in mo; and every new psc edge leaves {@code e} or enters it, or leaves an SC
 * fence that happens before {@code e} for what {@code e} is eco-before (through scb or hb;eco;hb).
 * Edges leave {@code e} only through its eco-successors (its mo- and rb-successors), so psc stays
 * acyclic unless {@code e} has an eco-successor and is SC or has an SC fence before it in hb;
 * then a new cycle goes through {@code e} or such a fence, and the search for one starts there,
 * building the psc row of an event only when it reaches it.
 *
 * <p>Release sequences follow rc11.cat: a release write or a release fence po-before a write heads
 * the release sequence of every atomic write po-after it to the same location (the write itself
 * included), extended through updates reading from it. eco is computed from mo positions
 * (eco = rf | mo | rb | mo;rf | rb;rf for a total mo). psc's rows are unions of per-event rows
 * ({@link Rows}), so a check costs about n^2 machine words rather than n^3 pair tests.
 *
 * <p>Not final for one reason: the test oracle ({@code FullConsistency}) reuses the full checks
 * with happens-before recomputed from scratch ({@link #hbRows}).
 */
class Consistency {
  final Graph g;
  final Model model;
  final int locs;
  final int n;
  final int words;
  final Event[] node;
  long[][] hbPred;
  long[][] hbSucc;

  Consistency(Graph g, Model model) {
    this.g = g;
    this.model = model;
    this.locs = g.locations();
    this.n = locs + g.events.size();
    this.words = (n + 63) >>> 6;
    this.node = new Event[n];
    for (int l = 0; l < locs; l++) node[l] = g.init(l);
    for (Event e : g.events) node[locs + e.stamp] = e;
  }

  /**
   * Whether {@code g} is consistent, given that it was before its last event {@code e} was added
   * (its views attached).
   */
  static boolean consistentWith(Graph g, Event e, Model model) {
    return switch (model) {
      case SC, TSO -> atomic(g, e) && (!ecoBefore(g, e) || full(g, model));
      case RA, RC11 -> atomic(g, e) && coherent(g, e) && pscAcyclicWith(g, e, model);
    };
  }

  private static boolean full(Graph g, Model model) {
    Consistency c = new Consistency(g, model);
    if (!c.atomicity()) return false;
    return model == Model.SC ? c.acyclicSc() : c.acyclicTso();
  }

  /** A data race of a graph consistent under RC11: two events, or null. */
  static Event[] race(Graph g) {
    List<Event> es = g.events;
    for (int i = 0; i < es.size(); i++) {
      Event x = es.get(i);
      if (x.kind == Event.Kind.FENCE) continue;
      for (int j = i + 1; j < es.size(); j++) {
        Event y = es.get(j);
        if (y.kind == Event.Kind.FENCE || y.loc != x.loc || y.thread == x.thread) continue;
        if (!x.writes() && !y.writes()) continue;
        if (x.ord.atomic() && y.ord.atomic()) continue;
        if (!Views.hb(x, y) && !Views.hb(y, x)) return new Event[] {x, y};
      }
    }
    return null;
  }

  /** {@code e} is not an update, or reads the write right before it in mo; so does the update right after it. */
  private static boolean atomic(Graph g, Event e) {
    if (!e.writes()) return true;
    List<Event> m = g.mo.get(e.loc);
    int i = m.indexOf(e);
    if (e.kind == Event.Kind.UPDATE && (i < 1 || m.get(i - 1) != e.rf)) return false;
    Event next = i + 1 < m.size() ? m.get(i + 1) : null;
    return next == null || next.kind != Event.Kind.UPDATE || next.rf == e;
  }

  /**
   * No event at {@code e}'s location happens before {@code e} and is eco-after it: none is, or
   * reads, a write mo-after the write {@code e} reads (for an update, the one right before it)
   * or else after {@code e}, nor reads {@code e}.
   */
  private static boolean coherent(Graph g, Event e) {
    if (e.kind == Event.Kind.FENCE) return true;
    List<Event> m = g.mo.get(e.loc);
    int from = m.indexOf(e.reads() ? e.rf : e);
    boolean[] later = new boolean[g.events.size()];
    for (int k = from + 1; k < m.size(); k++) later[m.get(k).stamp] = true;
    for (Event x : g.events) {
      if (x == e || x.loc != e.loc || x.kind == Event.Kind.FENCE || !Views.hb(x, e)) continue;
      if (x.writes() && later[x.stamp]) return false;
      if (x.reads() && (x.rf == e || (!x.rf.isInit() && later[x.rf.stamp]))) return false;
    }
    return true;
  }

  /**
   * Whether psc stays acyclic with {@code e}: every new edge leaves {@code e} or an SC fence
   * that happens before it, or enters {@code e} (see the class comment), so a new cycle goes
   * through one of them, and the search for one starts there only.
   */
  private static boolean pscAcyclicWith(Graph g, Event e, Model model) {
    if (!ecoBefore(g, e)) return true;
    List<Event> roots = new ArrayList<>();
    if (scAccess(e, model) || scFence(e)) roots.add(e);
    for (Event f : g.events) {
      if (f != e && scFence(f) && Views.hb(f, e)) roots.add(f);
    }
    if (roots.isEmpty()) return true;
    Consistency c = new Consistency(g, model);
    return c.acyclicPsc(roots.stream().mapToInt(c::ix).toArray());
  }

  /** Whether some write is mo-after {@code e} (a write) or after the write {@code e} reads (other than {@code e}). */
  private static boolean ecoBefore(Graph g, Event e) {
    if (e.kind == Event.Kind.FENCE) return false;
    List<Event> m = g.mo.get(e.loc);
    Event last = m.get(m.size() - 1);
    if (e.writes() && last != e) return true;
    return e.reads() && last != e.rf && !(last == e && m.get(m.size() - 2) == e.rf);
  }

  int ix(Event e) {
    return e.isInit() ? e.loc : locs + e.stamp;
  }

  static boolean has(long[] row, int i) {
    return (row[i >>> 6] & (1L << i)) != 0;
  }

  static void set(long[] row, int i) {
    row[i >>> 6] |= 1L << i;
  }

  static void or(long[] into, long[] from) {
    for (int w = 0; w < into.length; w++) into[w] |= from[w];
  }

  private static boolean meets(long[] a, long[] b, long[] c) {
    for (int w = 0; w < a.length; w++) {
      if ((a[w] & b[w] & c[w]) != 0) return true;
    }
    return false;
  }

  /** Adds the bits of {@code from} but bit {@code i}. */
  private static void orAllBut(long[] into, long[] from, int i) {
    for (int w = 0; w < into.length; w++) into[w] |= w == i >>> 6 ? from[w] & ~(1L << i) : from[w];
  }

  /** Every update reads from the write right before it in mo. */
  boolean atomicity() {
    for (Event e : g.events) {
      if (e.kind != Event.Kind.UPDATE) continue;
      List<Event> m = g.mo.get(e.loc);
      int i = m.indexOf(e);
      if (i < 1 || m.get(i - 1) != e.rf) return false;
    }
    return true;
  }

  // ---- SC and TSO: acyclicity of a union of relations ----

  boolean acyclicSc() {
    List<List<Integer>> adj = adjacency();
    for (List<Event> th : g.threads) {
      for (int i = 0; i + 1 < th.size(); i++) adj.get(ix(th.get(i))).add(ix(th.get(i + 1)));
    }
    com(adj, true);
    return acyclic(adj);
  }

  boolean acyclicTso() {
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

  private static boolean scAccess(Event e, Model model) {
    return e.kind != Event.Kind.FENCE && Views.ord(e, model) == Ord.SC;
  }

  private static boolean scFence(Event e) {
    return e.fences() && Views.fenceOrd(e) == Ord.SC;
  }

  /**
   * hb as rows of bits, predecessors and successors, from the events' views. An event's
   * hb-predecessors in a thread are a po-prefix of it, and its hb-successors a po-suffix (views
   * grow along po), so each row is a union of one prefix or suffix row per thread.
   */
  void hbRows() {
    int threads = g.threads.size();
    long[] inits = new long[words];
    for (int l = 0; l < locs; l++) set(inits, l);
    long[][][] prefix = new long[threads][][];
    long[][][] suffix = new long[threads][][];
    for (int t = 0; t < threads; t++) {
      List<Event> th = g.threads.get(t);
      prefix[t] = new long[th.size() + 1][];
      suffix[t] = new long[th.size() + 1][];
      prefix[t][0] = new long[words];
      for (int i = 0; i < th.size(); i++) {
        prefix[t][i + 1] = prefix[t][i].clone();
        set(prefix[t][i + 1], ix(th.get(i)));
      }
      suffix[t][th.size()] = new long[words];
      for (int i = th.size() - 1; i >= 0; i--) {
        suffix[t][i] = suffix[t][i + 1].clone();
        set(suffix[t][i], ix(th.get(i)));
      }
    }
    hbPred = new long[n][words];
    hbSucc = new long[n][words];
    for (Event b : g.events) {
      long[] pred = hbPred[ix(b)];
      or(pred, inits);
      for (int t = 0; t < b.hb.length && t < threads; t++) {
        int upTo = Math.min(t == b.thread ? b.index - 1 : b.hb[t], g.threads.get(t).size() - 1);
        or(pred, prefix[t][upTo + 1]);
      }
    }
    for (int t = 0; t < threads; t++) {
      List<Event> th = g.threads.get(t);
      for (int u = 0; u < threads; u++) {
        List<Event> other = g.threads.get(u);
        int k = 0;
        for (int i = 0; i < th.size(); i++) {
          if (u == t) {
            k = i + 1;
          } else {
            while (k < other.size() && !(t < other.get(k).hb.length && other.get(k).hb[t] >= i)) k++;
          }
          or(hbSucc[ix(th.get(i))], suffix[u][k]);
        }
      }
    }
  }

  /**
   * acyclic(psc), psc = ([Esc] | [Fsc];hb?) ; scb ; ([Esc] | hb?;[Fsc]) | [Fsc] ; (hb | hb;eco;hb) ;
   * [Fsc], over the SC events only.
   */
  boolean acyclicPsc() {
    return acyclicPsc(scEvents());
  }

  /** The indices of the SC events: SC accesses under the model, and SC fences. */
  private int[] scEvents() {
    return g.events.stream().filter(e -> scAccess(e, model) || scFence(e)).mapToInt(this::ix).toArray();
  }

  /**
   * Whether no psc cycle is reachable from the SC events {@code roots}: a depth-first search
   * that builds the psc row of an event only when it reaches it.
   */
  boolean acyclicPsc(int[] roots) {
    Psc psc = new Psc();
    if (psc.sc.length < 2) return true;
    long[][] out = new long[n][];
    int[] state = new int[n];
    int[] stack = new int[n];
    int[] next = new int[n];
    for (int s : roots) {
      if (state[s] != 0) continue;
      int sp = 0;
      stack[sp++] = s;
      state[s] = 1;
      out[s] = psc.row(s);
      while (sp > 0) {
        int v = stack[sp - 1];
        int w = next(out[v], next[v]);
        if (w >= 0) {
          next[v] = w + 1;
          if (state[w] == 1) return false;
          if (state[w] == 0) {
            state[w] = 1;
            out[w] = psc.row(w);
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

  /**
   * psc's successor rows, one SC event at a time, from per-event rows (po-successors,
   * mo-successors, eco-successors), so that a row of scb or of hb;eco costs a union of rows
   * rather than a scan of every pair of events.
   */
  private final class Psc {
    final int[] sc = scEvents();
    private final long[] scBits = new long[words];
    private final long[] fences = new long[words];
    /** Each thread's events. */
    private final long[][] threadBits = new long[g.threads.size()][words];
    private final Rows rows;

    Psc() {
      for (int x : sc) {
        set(scBits, x);
        if (scFence(node[x])) set(fences, x);
      }
      if (sc.length < 2) {
        rows = null;
        return;
      }
      for (Event e : g.events) set(threadBits[e.thread], ix(e));
      hbRows();
      rows = new Rows();
    }

    /** The SC events b with a psc b, the edge cases of the definition taken a row at a time. */
    long[] row(int a) {
      boolean fenceA = scFence(node[a]);
      long[] reach = rows.scb(a);
      if (fenceA) or(reach, rows.scbAfterHb(a));
      long[] row = hbAfter(reach);
      for (int w = 0; w < words; w++) row[w] = (reach[w] | (row[w] & fences[w])) & scBits[w];
      if (fenceA) {
        long[] viaEco = hbAfter(rows.ecoAfterHb(a));
        for (int w = 0; w < words; w++) row[w] |= (hbSucc[a][w] | viaEco[w]) & fences[w];
      }
      return row;
    }

    /**
     * The events that an event of {@code set} happens before: those its first event in each
     * thread happens before (hb includes po and is transitive); every thread event if it holds
     * an initial write.
     */
    private long[] hbAfter(long[] set) {
      long[] out = new long[words];
      int first = next(set, 0);
      if (first >= 0 && first < locs) {
        for (long[] th : threadBits) or(out, th);
        return out;
      }
      for (long[] th : threadBits) {
        for (int w = 0; w < words; w++) {
          long both = set[w] & th[w];
          if (both != 0) {
            or(out, hbSucc[(w << 6) + Long.numberOfTrailingZeros(both)]);
            break;
          }
        }
      }
      return out;
    }
  }

  /** The index of the first bit set in {@code row} at or after {@code from}, or -1. */
  static int next(long[] row, int from) {
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

  /** The per-event rows psc is built from, for the current hb. */
  private final class Rows {
    /** po-successors; po-successors at another location (a fence has none: all of them). */
    private final long[][] poAfter = new long[n][];
    private final long[][] poOtherLoc = new long[n][];
    /** For a write: the writes mo-after it; the reads of it; it, the writes mo-after it and their reads. */
    private final long[][] moAfter = new long[n][];
    private final long[][] readers = new long[n][];
    private final long[][] fromHere = new long[n][];
    /** The accesses to each location, its initial write included. */
    private final long[][] atLoc = new long[locs][words];

    Rows() {
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

    /**
     * The scb-successors of the events {@code a} happens before (H), without computing each one's
     * scb: their po, hb&loc and po\loc;hb;po\loc successors are in H (hb is transitive and
     * includes po), and cover all of H but each thread's first event in H, which only hb&loc
     * from another event of H reaches; their mo and rb successors are added from the rows.
     */
    long[] scbAfterHb(int a) {
      long[] h = hbSucc[a];
      long[] out = h.clone();
      for (List<Event> th : g.threads) {
        for (Event first : th) {
          int f = ix(first);
          if (!has(h, f)) continue;
          if (first.kind == Event.Kind.FENCE || !meets(hbPred[f], h, atLoc[first.loc])) clear(out, f);
          break;
        }
      }
      for (int c = next(h, 0); c >= 0; c = next(h, c + 1)) {
        Event ec = node[c];
        if (ec.kind == Event.Kind.FENCE) continue;
        if (ec.writes()) or(out, moAfter[c]);
        if (ec.reads()) orAllBut(out, moAfter[ix(ec.rf)], c);
      }
      return out;
    }

    /** The events y with {@code a} hb x eco y for some x. */
    long[] ecoAfterHb(int a) {
      long[] out = new long[words];
      for (int x = next(hbSucc[a], 0); x >= 0; x = next(hbSucc[a], x + 1)) {
        if (node[x].kind != Event.Kind.FENCE) addEco(out, x);
      }
      return out;
    }

    /** Adds the successors of the access {@code x} in eco = rf | mo | rb | mo;rf | rb;rf, {@code x} itself not. */
    private void addEco(long[] out, int x) {
      Event ex = node[x];
      int r = ex.reads() ? ix(ex.rf) : -1;
      for (int w = 0; w < words; w++) {
        long add = ex.writes() ? fromHere[x][w] : 0;
        if (r >= 0) add |= fromHere[r][w] & ~readers[r][w] & (w == r >>> 6 ? ~(1L << r) : -1L);
        out[w] |= add & (w == x >>> 6 ? ~(1L << x) : -1L);
      }
    }
  }
}
