package minotaur.explore.graph;

import java.util.Arrays;
import java.util.List;

/**
 * Happens-before as views, computed once per event when it is added: GenMC's vector clocks
 * (Kokologiannakis, Raad, Vafeiadis, "Model checking for weakly consistent libraries", PLDI 2019;
 * the "View" of GenMC), one entry per thread; likewise the porf-prefix (po and rf), which a
 * backward revisit keeps. The hb-predecessors of an event are closed under
 * po-predecessors (po is in hb, hb is transitive), so the set is exactly, per thread {@code t},
 * the events of {@code t} with index up to {@code view[t]} (-1: none); the initial writes happen
 * before every thread event.
 *
 * <p>An event's view depends only on its po-prefix and on the writes its reads read from, all
 * added before it, so it never changes while the event stays in a graph, and a graph copy (a
 * revisit keeps po- and rf-predecessors) shares it. Release sequences and synchronisation follow
 * rc11.cat, as {@link Consistency} states them: {@link Event#rel} is the join of the views of the
 * release heads of a write's release sequence, {@link Event#acq} the join of those of the writes
 * read by the thread's atomic reads so far (what a later acquire fence synchronises with).
 */
final class Views {
  private Views() {}

  /** Computes the views of {@code e}, the last event added to {@code g}, its {@code rf} set. */
  static void attach(Graph g, Event e, Model model) {
    List<Event> th = g.threads.get(e.thread);
    Event prev = e.index > 0 ? th.get(e.index - 1) : null;
    int[] porf = prev == null ? empty(e.thread + 1) : widen(prev.porf, e.thread + 1);
    porf[e.thread] = e.index;
    if (e.reads() && !e.rf.isInit()) porf = join(porf, e.rf.porf);
    e.porf = porf;
    int[] hb = prev == null ? empty(e.thread + 1) : widen(prev.hb, e.thread + 1);
    hb[e.thread] = e.index;
    Ord o = ord(e, model);
    if (e.reads() && o.atomic() && o.acquires()) hb = join(hb, e.rf.rel);
    if (e.fences() && fenceOrd(e).acquires() && prev != null) hb = join(hb, prev.acq);
    e.hb = hb;
    int[] acq = prev == null ? null : prev.acq;
    if (e.reads() && o.atomic() && e.rf.rel != null) acq = join(acq == null ? null : acq.clone(), e.rf.rel);
    e.acq = acq;
    e.rel = null;
    if (e.writes() && o.atomic()) {
      // The latest head dominates: every earlier head is po-before it, so in its view.
      int[] rel = null;
      if (o.releases()) {
        rel = hb;
      } else {
        for (int i = e.index - 1; i >= 0 && rel == null; i--) {
          Event p = th.get(i);
          if ((p.fences() && fenceOrd(p).releases()) || (p.writes() && p.loc == e.loc && ord(p, model).releases())) {
            rel = p.hb;
          }
        }
      }
      if (e.kind == Event.Kind.UPDATE && e.rf.rel != null) rel = join(rel == null ? null : rel.clone(), e.rf.rel);
      e.rel = rel;
    }
  }

  /** Whether {@code a} is in the porf-prefix of {@code b} ({@code b} included), both in the graph with their views. */
  static boolean porf(Event a, Event b) {
    if (a.isInit()) return true;
    return a.thread < b.porf.length && a.index <= b.porf[a.thread];
  }

  /** Whether {@code a} happens before {@code b} (strictly), both in the graph with their views. */
  static boolean hb(Event a, Event b) {
    if (b.isInit() || a == b) return false;
    if (a.isInit()) return true;
    if (a.thread == b.thread) return a.index < b.index;
    return a.thread < b.hb.length && a.index <= b.hb[a.thread];
  }

  /** The mode an event counts as under {@code model}: RA strengthens every access. */
  static Ord ord(Event e, Model model) {
    return model == Model.RA ? e.ord.strengthened(e.kind) : e.ord;
  }

  /** The mode of an event acting as a fence: an OS call is an SC fence. */
  static Ord fenceOrd(Event e) {
    return e.osCall ? Ord.SC : e.ord;
  }

  private static int[] empty(int length) {
    int[] v = new int[length];
    Arrays.fill(v, -1);
    return v;
  }

  private static int[] widen(int[] v, int length) {
    if (v.length >= length) return v.clone();
    int[] w = Arrays.copyOf(v, length);
    Arrays.fill(w, v.length, length, -1);
    return w;
  }

  /** {@code into} joined with {@code from} (entry-wise max); {@code into} may be updated in place, or null. */
  private static int[] join(int[] into, int[] from) {
    if (from == null) return into;
    if (into == null) return from.clone();
    int[] v = into.length >= from.length ? into : widen(into, from.length);
    for (int t = 0; t < from.length; t++) v[t] = Math.max(v[t], from[t]);
    return v;
  }
}
