package minotaur.explore.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An execution graph (Lahav et al., PLDI 2017): its events in the order they were added
 * ({@link #events}, each event's {@code stamp}), per thread in program order, per location the
 * modification order {@link #mo} (the initial write first), and each read's {@code rf}.
 *
 * <p>Invariant (TruSt): po and rf agree with the order of addition, so the graph can be rebuilt
 * by re-running the program and adding the events in that order; a backward revisit moves the
 * revisited read to the end. Copies are deep: a pushed graph never shares an event with another.
 */
final class Graph {
  final List<Event> events = new ArrayList<>();
  final List<List<Event>> threads = new ArrayList<>();
  final List<List<Event>> mo = new ArrayList<>();

  int locations() {
    return mo.size();
  }

  /** Registers location {@code loc} (dense, from 0) with its initial write if it is new. */
  void location(int loc, Object initial) {
    while (mo.size() <= loc) {
      Event init = new Event(-1, -1, Event.Kind.WRITE, mo.size(), Ord.NA, false, "init");
      mo.add(new ArrayList<>(List.of(init)));
    }
    Event init = mo.get(loc).get(0);
    if (init.value == null) init.value = initial;
  }

  Event init(int loc) {
    return mo.get(loc).get(0);
  }

  List<Event> thread(int t) {
    while (threads.size() <= t) threads.add(new ArrayList<>());
    return threads.get(t);
  }

  int size(int t) {
    return t < threads.size() ? threads.get(t).size() : 0;
  }

  /** Appends {@code e} (next in its thread's program order); writes are placed in mo by the caller. */
  void add(Event e) {
    e.stamp = events.size();
    events.add(e);
    thread(e.thread).add(e);
  }

  /** Removes the last added event, which must be {@code e} (a tentative extension). */
  void removeLast(Event e) {
    events.remove(events.size() - 1);
    List<Event> th = threads.get(e.thread);
    th.remove(th.size() - 1);
    if (e.writes()) mo.get(e.loc).remove(e);
  }

  int moIndex(Event w) {
    return mo.get(w.loc).indexOf(w);
  }

  Event moMax(int loc) {
    List<Event> m = mo.get(loc);
    return m.get(m.size() - 1);
  }

  /** The write right after {@code w} in mo, or null. */
  Event moNext(Event w) {
    List<Event> m = mo.get(w.loc);
    int i = m.indexOf(w);
    return i + 1 < m.size() ? m.get(i + 1) : null;
  }

  /** The update that reads from {@code w}, if any (at most one in a consistent graph). */
  Event updateReading(Event w) {
    Event next = moNext(w);
    return next != null && next.kind == Event.Kind.UPDATE && next.rf == w ? next : null;
  }

  /**
   * A deep copy of the events {@code keep} accepts, in the same order (they must be closed under
   * po-predecessors and rf), with the initial writes; the copies of the events {@code frozen}
   * accepts are not revisitable.
   */
  Graph copy(Predicate<Event> keep, Predicate<Event> frozen) {
    Graph g = new Graph();
    // Copies by position: initial writes by location, the others by stamp (their index in events).
    Event[] inits = new Event[mo.size()];
    Event[] copies = new Event[events.size()];
    for (int loc = 0; loc < mo.size(); loc++) {
      inits[loc] = mo.get(loc).get(0).copy();
      g.mo.add(new ArrayList<>(List.of(inits[loc])));
    }
    for (int t = 0; t < threads.size(); t++) g.thread(t);
    for (Event e : events) {
      if (!keep.test(e)) continue;
      Event c = e.copy();
      if (frozen.test(e)) c.revisitable = false;
      copies[e.stamp] = c;
      g.add(c);
    }
    for (Event e : events) {
      Event c = copies[e.stamp];
      if (c != null && e.rf != null) c.rf = e.rf.isInit() ? inits[e.rf.loc] : copies[e.rf.stamp];
    }
    for (int loc = 0; loc < mo.size(); loc++) {
      List<Event> m = mo.get(loc);
      for (int i = 1; i < m.size(); i++) {
        Event c = copies[m.get(i).stamp];
        if (c != null) g.mo.get(loc).add(c);
      }
    }
    return g;
  }

  Graph copy() {
    return copy(e -> true, e -> false);
  }

  /** A canonical text of the graph (threads, rf, mo) to tell executions apart. */
  String key() {
    StringBuilder sb = new StringBuilder();
    for (List<Event> th : threads) {
      for (Event e : th) {
        sb.append(e.kind.ordinal()).append(e.loc);
        if (e.rf != null) sb.append('<').append(e.rf.id());
      }
      sb.append('|');
    }
    for (List<Event> m : mo) {
      for (Event w : m) sb.append(w.id()).append(',');
      sb.append('|');
    }
    return sb.toString();
  }
}
