package minotaur.explore.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Stateless, optimal exploration of a program's consistent execution graphs: TruSt (Kokologiannakis,
 * Marmanis, Gladstein, Vafeiadis, "Truly stateless, optimal dynamic partial order reduction",
 * POPL 2022), as GenMC implements it, driven by a program that is re-executed from the start for
 * every graph.
 *
 * <p>Each execution starts from a graph popped off the work stack: the program is re-run and its
 * events are matched, in order of addition, against the graph's (reads return the value of the
 * write they read from); then the program goes on and each new event extends the graph. The
 * caller picks the thread whose next event comes ({@link #nextThread}): first the replayed
 * events' threads in order, then the revisited read's thread, then the first enabled thread
 * (GenMC's left-to-right policy: a thread runs on until it blocks or ends, so the explored Java
 * threads rarely switch). Which graphs are explored does not depend on that order, only which
 * blocked executions are met on the way. A new read takes each write to
 * its location that keeps the graph consistent
 * (the newest in mo here, the others pushed as forward revisits); a new write each consistent
 * place in mo (the end here, the others pushed); each candidate is checked only for what it can
 * break, the graph before it being consistent ({@link Consistency#consistentWith}, on happens-before
 * {@link Views} computed once per event). A new write {@code a} then revisits backward
 * every read {@code r} of its location outside its porf-prefix: the graph restricted to the
 * events added before {@code r} and {@code a}'s porf-prefix, with {@code r} reading from
 * {@code a} (moved to the end). TruSt's maximality condition keeps only the revisits whose deleted
 * events (and {@code r}) were all added maximally (a read from the newest write, a write at the
 * end of mo), were not in an earlier revisiting write's prefix, and are not mo-before a kept
 * write; only when {@code a}'s mo-successor is kept; and, if {@code r} was itself re-added by a
 * backward revisit, only when the write it reads is in {@code a}'s prefix (GenMC's
 * hasBeenRevisitedByDeleted: here {@code r} moved to the end, the write it reads no longer
 * looks deleted). Together they make every consistent graph reached exactly once.
 *
 * <p>A successful RMW is one {@link Event.Kind#UPDATE} event placed right after the write it
 * reads; a failed compare-and-exchange is a read. A new RMW that would read a write another RMW
 * already reads is not a consistent choice, but its write still revisits backward the reads
 * added up to that other RMW ({@link #revisitRival}): that is how the RMW added second comes
 * first in mo. A spin loop (a thread whose last three rounds
 * of reads read the same writes, with no write between) ends the execution as blocked, as
 * GenMC's spin-assume does: the graph where the spinning read sees a newer write is explored
 * on its own.
 *
 * <p>An OS object's state is in its fields, not in the graph: a backward revisit may have a call
 * read a call after which the object blocks it (a lock read from the other thread's lock, not
 * its unlock). That call then stays as a blocked read, its thread stops, and the execution ends
 * blocked; the later call it must read (the unlock) revisits it ({@link #block}).
 */
public final class Trust {
  private static final int SPIN_ROUNDS = 3;
  private static final int SPIN_PERIOD = 4;

  /** A graph to explore; {@code unchecked}: its last event was added without a consistency check. */
  private record Item(Graph graph, List<Choice> choices, boolean unchecked) {
    Item(Graph graph, List<Choice> choices) {
      this(graph, choices, false);
    }
  }

  private final Model model;
  private final boolean guided;
  private final ArrayDeque<Item> stack = new ArrayDeque<>();
  private final Map<Long, Integer> locations = new HashMap<>();
  private Graph g;
  private ArrayDeque<Choice> pending;
  private int replayEnd;
  private int cursor;
  private int[] replayLen;
  /** Events each thread has taken in this run. */
  private int[] taken;
  private boolean[] fresh;
  /** Threads blocked in an OS call that is a blocked read of the graph: they take no more events. */
  private boolean[] stuck;
  private String stuckWhy;
  private String cut;
  private String error;
  /** Whether the replayed graph is inconsistent: every new event's check fails. */
  private boolean inconsistent;

  public Trust(Model model) {
    this(model, false, List.of());
  }

  private Trust(Model model, boolean guided, List<Choice> choices) {
    this.model = model;
    this.guided = guided;
    stack.push(new Item(new Graph(), choices));
  }

  /** An exploration of one graph, the one {@code token} (from {@link #token}) names. */
  public static Trust replaying(Model model, String token) {
    List<Choice> choices = new ArrayList<>();
    if (!token.isEmpty()) {
      for (String item : token.split("\\.")) {
        try {
          choices.add(Choice.parse(item));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("bad graph choice '" + item + "'");
        }
      }
    }
    return new Trust(model, true, choices);
  }

  public Model model() {
    return model;
  }

  /** Starts the next execution; false when every graph has been explored. */
  public boolean begin() {
    if (stack.isEmpty()) return false;
    Item item = stack.pop();
    g = item.graph;
    pending = new ArrayDeque<>(item.choices);
    replayEnd = g.events.size();
    cursor = 0;
    replayLen = new int[g.threads.size()];
    for (int t = 0; t < replayLen.length; t++) replayLen[t] = g.size(t);
    taken = new int[64];
    stuck = new boolean[64];
    stuckWhy = null;
    fresh = new boolean[Math.max(locations.size(), 1)];
    cut = null;
    // Every other event was checked when added: checking the last one as new checks the graph.
    inconsistent = item.unchecked && !Consistency.consistentWith(g, g.events.get(g.events.size() - 1), model);
    return true;
  }

  /** The graphs waiting on the work stack: a lower bound of what is left to explore. */
  public int pending() {
    return stack.size();
  }

  /** Why the current execution was abandoned (blocked, inconsistent), or null. */
  public String cut() {
    return cut != null ? cut : stuckWhy;
  }

  /** A replayed token that does not fit the program, or a program that is not deterministic; else null. */
  public String error() {
    return error;
  }

  /** Whether a replayed token's choices were all used. */
  public boolean used() {
    return pending.isEmpty() && cursor >= replayEnd;
  }

  /** The dense location of a cell's stable key, registered with its initial value for this run. */
  public int location(long key, Object initial) {
    int loc = locations.computeIfAbsent(key, k -> locations.size());
    g.location(loc, initial);
    if (fresh.length <= loc) fresh = java.util.Arrays.copyOf(fresh, loc + 1);
    if (!fresh[loc]) {
      g.init(loc).value = initial;
      fresh[loc] = true;
    }
    return loc;
  }

  /** The value of the last write in mo, what memory holds at the end. */
  public Object maxValue(int loc) {
    return g.moMax(loc).value;
  }

  /**
   * The thread whose next event comes, among {@code enabled}; -1 to abandon the execution (a
   * replayed thread is blocked, or the execution was cut). A backward revisit of an OS call
   * whose thread the OS object blocks (a lock held) adds that call as a blocked read instead
   * ({@link #block}).
   */
  public int nextThread(boolean[] enabled) {
    if (cut != null) return -1;
    while (true) {
      int t;
      if (cursor < replayEnd) {
        Event e = g.events.get(cursor);
        t = e.thread;
        if (e.blocked) {
          cursor++;
          taken[t]++;
          stuck(t, e);
          continue;
        }
      } else if (!pending.isEmpty()) {
        t = pending.peek().thread();
        if (!guided && !on(enabled, t) && block(t)) continue;
      } else {
        t = -1;
        for (int u = 0; u < enabled.length && t < 0; u++) {
          if (on(enabled, u)) t = u;
        }
        if (t < 0 && stuckWhy != null) stop(stuckWhy);
        return t;
      }
      if (!on(enabled, t)) {
        stop("T" + t + " cannot take its next event: it is blocked");
        return -1;
      }
      return t;
    }
  }

  private boolean on(boolean[] enabled, int t) {
    return t < enabled.length && enabled[t] && !stuck[t];
  }

  /**
   * Adds the pending backward revisit of blocked thread {@code t}'s OS call as a blocked read of
   * the call it was to read; false (the execution is cut) for any other choice. TruSt with
   * blocking (GenMC models a lock as a CAS whose failed read blocks the thread and stays revisitable):
   * the OS object's state, not the graph, says the call cannot run after the write it reads (the
   * lock taken, not yet released), yet the graph where it reads a later call of that object (the
   * unlock) exists only as that later call's backward revisit of this read. So the read stays
   * in the graph, its thread takes no more events, the others go on, and the execution counts
   * as blocked.
   */
  private boolean block(int t) {
    Choice c = pending.peek();
    if (c.kind() != Choice.Kind.READ_FROM || c.sourceThread() < 0 || c.index() != taken[t]) return false;
    Event s = c.source(g, -1);
    if (s == null || !s.osCall) return false;
    pending.pop();
    Event e = new Event(t, taken[t]++, Event.Kind.READ, s.loc, Ord.SC, true, "an OS call that blocks");
    e.addedMax = c.addedMax();
    e.revisited = c.backward();
    e.blocked = true;
    commit(e, s);
    if (!consistentWith(e)) stop("no write of " + e.label + " keeps the graph consistent");
    stuck(t, e);
    return true;
  }

  private void stuck(int t, Event e) {
    stuck[t] = true;
    if (stuckWhy == null) stuckWhy = "T" + t + " blocks in an OS call reading " + e.rf.id();
  }

  private void stop(String why) {
    if (cut == null) cut = why;
  }

  private void fail(String why) {
    if (error == null) error = why;
    stop(why);
  }

  /** The replayed event {@code i} of thread {@code t}, checked against what the program does now. */
  private Event replayed(int t, int i, int loc, boolean update) {
    Event e = g.thread(t).get(i);
    if (cursor >= replayEnd || g.events.get(cursor) != e) {
      fail("the program is not deterministic: T" + t + " event " + i + " out of order");
      return null;
    }
    boolean kindOk = update ? e.reads() : true;
    if (e.loc != loc || !kindOk) {
      fail("the program is not deterministic: T" + t + " event " + i + " is " + e + " in one run, not in another");
      return null;
    }
    cursor++;
    return e;
  }

  private boolean replaying(int t, int i) {
    return t < replayLen.length && i < replayLen[t];
  }

  /** The choice fixed for thread {@code t}'s event {@code i}, if any. */
  private Choice take(int t, int i) {
    Choice c = pending.peek();
    if (c == null) {
      if (guided) fail("the token ends before T" + t + "'s event " + i);
      return null;
    }
    if (c.thread() != t || (c.index() >= 0 && c.index() != i)) {
      if (guided) {
        fail("the token expects T" + c.thread() + " next, not T" + t);
      } else {
        fail("revisit of T" + c.thread() + " event " + c.index() + " met T" + t + " event " + i);
      }
      return null;
    }
    return pending.pop();
  }

  // ---- events ----

  /** A read of {@code loc}; returns the value of the write it reads from. */
  public Object read(int t, int loc, Ord ord, String label) {
    return access(t, loc, ord, ord, null, null, false, label, false);
  }

  /**
   * A read-modify-write of {@code loc}: reads a write's value {@code old}, and if
   * {@code succeeds(old)} writes {@code f(old)} (one update event in mode {@code ord}), else is a
   * read in mode {@code failure}. Returns {@code old}.
   */
  public Object update(int t, int loc, Ord ord, Ord failure, UnaryOperator<Object> f, Predicate<Object> succeeds,
      boolean osCall, String label) {
    return access(t, loc, ord, failure, f, succeeds, osCall, label, true);
  }

  private Object access(int t, int loc, Ord ord, Ord failure, UnaryOperator<Object> f, Predicate<Object> succeeds,
      boolean osCall, String label, boolean isUpdate) {
    if (cut != null) return g.moMax(loc).value;
    int i = taken[t]++;
    if (replaying(t, i)) {
      Event e = replayed(t, i, loc, isUpdate);
      if (e == null) return g.moMax(loc).value;
      Object old = e.rf.value;
      if (isUpdate && succeeds.test(old) != (e.kind == Event.Kind.UPDATE)) {
        fail("the program is not deterministic: " + e + " succeeded in one run only");
      }
      if (e.kind == Event.Kind.UPDATE) e.value = f.apply(old);
      return old;
    }
    Choice c = guided || !pending.isEmpty() ? take(t, i) : null;
    if (cut != null) return g.moMax(loc).value;
    List<Event> sources = new ArrayList<>();
    if (c != null) {
      Event s = c.kind() == Choice.Kind.READ_FROM ? c.source(g, loc) : null;
      if (s == null || s.loc != loc || !s.writes()) {
        fail("the choice " + c.text() + " names no write to this location");
        return g.moMax(loc).value;
      }
      sources.add(s);
    } else {
      List<Event> m = g.mo.get(loc);
      for (int k = m.size() - 1; k >= 0; k--) sources.add(m.get(k));
    }
    Event max = g.moMax(loc);
    List<Event> ok = new ArrayList<>();
    for (Event w : sources) {
      Event e = candidate(t, i, loc, ord, failure, f, succeeds, osCall, label, isUpdate, w);
      Event rival = e.kind == Event.Kind.UPDATE ? g.updateReading(w) : null;
      if (rival != null) {
        if (c == null) revisitRival(e, w, rival);
        continue;
      }
      e.addedMax = c != null ? c.addedMax() : w == max;
      e.revisited = c != null && c.backward();
      if (tryAdd(e, w)) ok.add(e);
    }
    if (ok.isEmpty()) {
      stop("no write of " + label + " keeps the graph consistent");
      return max.value;
    }
    for (int k = ok.size() - 1; k >= 1; k--) {
      Event alt = ok.get(k);
      stack.push(new Item(g.copy(), List.of(Choice.readFrom(alt, alt.rf, false))));
    }
    Event e = ok.get(0);
    commit(e, e.rf);
    if (e.writes()) {
      revisits(e, Integer.MAX_VALUE, false);
    } else if (c == null && spins(t)) {
      stop("T" + t + " spins: its reads see the same writes " + SPIN_ROUNDS + " times");
    }
    return e.rf.value;
  }

  private Event candidate(int t, int i, int loc, Ord ord, Ord failure, UnaryOperator<Object> f,
      Predicate<Object> succeeds, boolean osCall, String label, boolean isUpdate, Event w) {
    if (!isUpdate) {
      Event e = new Event(t, i, Event.Kind.READ, loc, ord, false, label);
      e.rf = w;
      return e;
    }
    boolean writes = succeeds.test(w.value);
    Event e = new Event(t, i, writes ? Event.Kind.UPDATE : Event.Kind.READ, loc, writes ? ord : failure, osCall, label);
    e.rf = w;
    if (writes) e.value = f.apply(w.value);
    return e;
  }

  /**
   * The update {@code e} reading {@code w}, which the update {@code rival} already reads: an
   * atomicity violation, explored only for the backward revisits of {@code e}'s write. TruSt
   * (POPL 2022) lets an RMW's read take any write, like any read, and leaves the order of two RMWs
   * on one write to its write's backward revisit; GenMC 0.11 (calcRevisits with a pending RMW)
   * does the same and then drops the graph. Without this the RMW that was added second could
   * never come first in mo (cii, inc2w, rii, riwi lost executions). {@code e} goes right
   * after {@code w} in mo and revisits the reads added no later than {@code rival}: revisiting
   * {@code rival} itself gives the graph where it reads {@code e} (the other order of the two
   * RMWs), an earlier read deletes {@code rival}. The graph itself is not explored (it is not
   * consistent), so no consistency check: each revisit's graph, whose last event is {@code e},
   * checks {@code e} when it is popped ({@link #begin}), then its read when it is re-added.
   * OS calls too: the re-execution runs them in their new order, which the OS objects follow.
   */
  private void revisitRival(Event e, Event w, Event rival) {
    e.addedMax = false;
    commit(e, w);
    revisits(e, rival.stamp, true);
    g.removeLast(e);
  }

  /** Adds {@code e} (reading {@code w}), checks consistency and takes it out again. */
  private boolean tryAdd(Event e, Event w) {
    commit(e, w);
    boolean ok = consistentWith(e);
    g.removeLast(e);
    return ok;
  }

  /** Whether the graph is consistent with its last event {@code e}. */
  private boolean consistentWith(Event e) {
    return !inconsistent && Consistency.consistentWith(g, e, model);
  }

  private void commit(Event e, Event w) {
    g.add(e);
    e.rf = w;
    if (e.kind == Event.Kind.UPDATE) {
      List<Event> m = g.mo.get(e.loc);
      m.add(m.indexOf(w) + 1, e);
    }
    Views.attach(g, e, model);
  }

  /** A plain write of {@code v} to {@code loc}. */
  public void write(int t, int loc, Ord ord, Object v, String label) {
    if (cut != null) return;
    int i = taken[t]++;
    if (replaying(t, i)) {
      Event e = replayed(t, i, loc, false);
      if (e != null && e.kind != Event.Kind.WRITE) fail("the program is not deterministic: " + e + " is not a write");
      if (e != null) e.value = v;
      return;
    }
    Choice c = guided || !pending.isEmpty() ? take(t, i) : null;
    if (cut != null) return;
    List<Event> m = g.mo.get(loc);
    List<Integer> positions = new ArrayList<>();
    if (c != null) {
      if (c.kind() != Choice.Kind.MO || c.position() < 1 || c.position() > m.size()) {
        fail("the choice " + c.text() + " is no place in mo for " + label);
        return;
      }
      positions.add(c.position());
    } else {
      for (int p = m.size(); p >= 1; p--) positions.add(p);
    }
    List<Integer> ok = new ArrayList<>();
    for (int p : positions) {
      if (p < m.size() && m.get(p).kind == Event.Kind.UPDATE && m.get(p).rf == m.get(p - 1)) continue;
      Event e = new Event(t, i, Event.Kind.WRITE, loc, ord, false, label);
      e.value = v;
      g.add(e);
      m.add(p, e);
      Views.attach(g, e, model);
      if (consistentWith(e)) ok.add(p);
      g.removeLast(e);
    }
    if (ok.isEmpty()) {
      stop("no place in mo keeps the graph consistent for " + label);
      return;
    }
    for (int k = ok.size() - 1; k >= 1; k--) {
      stack.push(new Item(g.copy(), List.of(new Choice(Choice.Kind.MO, t, i, 0, 0, ok.get(k), false))));
    }
    Event e = new Event(t, i, Event.Kind.WRITE, loc, ord, false, label);
    e.value = v;
    e.addedMax = c != null ? c.addedMax() : ok.get(0) == m.size();
    g.add(e);
    m.add(ok.get(0), e);
    Views.attach(g, e, model);
    revisits(e, Integer.MAX_VALUE, false);
  }

  /** A fence (never a choice: it adds no edge out of itself when added last). */
  public void fence(int t, Ord ord, String label) {
    if (cut != null) return;
    int i = taken[t]++;
    if (replaying(t, i)) {
      Event e = replayed(t, i, -1, false);
      if (e != null && e.kind != Event.Kind.FENCE) fail("the program is not deterministic: " + e + " is not a fence");
      return;
    }
    if (guided || !pending.isEmpty()) take(t, i);
    if (cut != null) return;
    Event e = new Event(t, i, Event.Kind.FENCE, -1, ord, false, label);
    g.add(e);
    Views.attach(g, e, model);
  }

  // ---- backward revisits ----

  /**
   * Pushes the backward revisits by the write {@code a} of the reads added no later than
   * {@code lastStamp}; {@code unchecked} when {@code a} was added without a consistency check.
   */
  private void revisits(Event a, int lastStamp, boolean unchecked) {
    if (guided) return;
    Predicate<Event> inPrefix = e -> Views.porf(e, a);
    // Pushing copies leaves g as it is: no copy of its event list is needed to iterate it.
    for (int i = 0, n = (int) Math.min(lastStamp + 1L, g.events.size()); i < n; i++) {
      Event r = g.events.get(i);
      if (r.loc != a.loc || r == a || !r.reads()) continue;
      if (inPrefix.test(r)) continue;
      Predicate<Event> keep = e -> e.stamp < r.stamp || inPrefix.test(e);
      if (!maximal(a, r, inPrefix, keep)) continue;
      Graph h = g.copy(e -> e != r && keep.test(e), inPrefix);
      boolean max = h.moMax(a.loc) == h.thread(a.thread).get(a.index);
      stack.push(new Item(h, List.of(Choice.revisit(r, a, max)), unchecked));
    }
  }

  private boolean maximal(Event a, Event r, Predicate<Event> inPrefix, Predicate<Event> keep) {
    // A read that an earlier write revisited keeps it only if that write stays (GenMC's
    // hasBeenRevisitedByDeleted, with the read at its first place in the order of addition).
    if (r.revisited && !inPrefix.test(r.rf)) return false;
    if (a.kind != Event.Kind.UPDATE) {
      Event next = g.moNext(a);
      if (next != null && !keep.test(next)) return false;
    }
    // The events added before r are kept: only r and those after it may be deleted.
    for (int i = r.stamp; i < g.events.size(); i++) {
      Event e = g.events.get(i);
      if (e != r && keep.test(e)) continue;
      if (!e.revisitable || !e.addedMax) return false;
      if (e.kind == Event.Kind.FENCE) continue;
      if (coBeforeKept(e.reads() ? e.rf : e, a, keep)) return false;
      if (e.kind == Event.Kind.UPDATE && coBeforeKept(e, a, keep)) return false;
    }
    return true;
  }

  private boolean coBeforeKept(Event w, Event a, Predicate<Event> keep) {
    List<Event> m = g.mo.get(w.loc);
    for (int k = m.indexOf(w) + 1; k < m.size(); k++) {
      Event s = m.get(k);
      if (s != a && keep.test(s)) return true;
    }
    return false;
  }

  private boolean spins(int t) {
    List<Event> th = g.thread(t);
    int len = th.size();
    for (int p = 1; p <= SPIN_PERIOD; p++) {
      if (len < SPIN_ROUNDS * p) break;
      boolean same = true;
      for (int j = 0; j < (SPIN_ROUNDS - 1) * p && same; j++) {
        Event x = th.get(len - 1 - j);
        Event y = th.get(len - 1 - j - p);
        same = x.kind == Event.Kind.READ && y.kind == Event.Kind.READ && x.loc == y.loc && x.rf == y.rf;
      }
      if (same) return true;
    }
    return false;
  }

  // ---- results ----

  /** The canonical text of the current graph: equal for the same execution graph. */
  public String key() {
    return g.key();
  }

  /** Under RC11: a data race of the current graph as a line naming both accesses, or null. */
  public String race() {
    Event[] race = Consistency.race(g);
    if (race == null) return null;
    return race[0] + " and " + race[1] + " conflict, at least one is plain (non-atomic), and neither happens before the other";
  }

  /** The token of the current graph: each event's thread and choice, in order of addition. */
  public String token() {
    StringBuilder sb = new StringBuilder();
    for (Event e : g.events) {
      if (sb.length() > 0) sb.append('.');
      Choice c;
      if (e.reads()) {
        c = Choice.readFrom(e, e.rf, true);
      } else if (e.kind == Event.Kind.WRITE) {
        int p = 0;
        for (Event x : g.mo.get(e.loc)) {
          if (x == e) break;
          if (x.isInit() || x.stamp < e.stamp) p++;
        }
        c = new Choice(Choice.Kind.MO, e.thread, e.index, 0, 0, p, true);
      } else {
        c = new Choice(Choice.Kind.NONE, e.thread, e.index, 0, 0, 0, true);
      }
      sb.append(c.text());
    }
    return sb.toString();
  }

  /**
   * Each read of the current graph with the write it reads from and the mo-later writes it did
   * not see (none of them happens before it: coherence), for a failure's trace.
   */
  public List<String> readsFrom(Map<Integer, String> locationNames) {
    List<String> lines = new ArrayList<>();
    for (Event e : g.events) {
      if (!e.reads() || e.osCall) continue;
      StringBuilder sb = new StringBuilder(e.toString());
      List<Event> m = g.mo.get(e.rf.loc);
      List<String> missed = new ArrayList<>();
      for (int k = m.indexOf(e.rf) + 1; k < m.size(); k++) {
        if (m.get(k) != e) missed.add(m.get(k).id() + " (" + m.get(k).value + ")");
      }
      if (!missed.isEmpty()) {
        sb.append("; not seen, and not happens-before it: ").append(String.join(", ", missed));
      }
      lines.add(sb.toString());
    }
    return lines;
  }
}
