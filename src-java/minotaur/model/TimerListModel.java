package minotaur.model;

import clojure.lang.IPersistentMap;
import clojure.lang.IPersistentVector;
import clojure.lang.PersistentArrayMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.HistoryException;
import minotaur.history.Op;

/**
 * The sequential specification of a QEMU timer list (PROPERTIES.md 004), named {@code
 * timer-list}: the set of active timers with their expire times, i.e. the sorted set of (expire,
 * timer) that {@code active_timers} holds.
 * <pre>
 * :mod [t e]           t becomes active at max(e, 0) (re-arming moves it)
 * :del t, :free t      t becomes inactive
 * :expired [now r]     r = some active timer has expire &lt;= now            (T2)
 * :deadline [now d]    d = -1 if none active, else max(0, min expire - now) (T3)
 * :fire [now t]        t is active with expire &lt;= now; it becomes inactive
 * </pre>
 * {@code :run} is not one atomic step (it fires timers one at a time, dropping the lock between):
 * {@link #splitRuns} rewrites each {@code :run [now [t...]]} into one {@code :fire [now t]} per
 * fired timer plus an {@code :expired [now false]} (the run's final look at the head), each a
 * call of its own over the run's interval, so each may take effect at its own point within it.
 * A read whose result is unknown ({@code nil}, e.g. an {@code :info}) is accepted in any state.
 */
public final class TimerListModel implements Model {

  /** Timer -> expire time. */
  private final IPersistentMap active;

  private TimerListModel(IPersistentMap active) {
    this.active = active;
  }

  /** No timer active. (A method, not a constant: Clojure's runtime must load first.) */
  public static TimerListModel empty() {
    return new TimerListModel(PersistentArrayMap.EMPTY);
  }

  private long minExpire() {
    long min = Long.MAX_VALUE;
    for (Object e : (Iterable<?>) active) min = Math.min(min, (Long) ((Map.Entry<?, ?>) e).getValue());
    return min;
  }

  @Override
  public Model step(Op op) {
    String f = Values.f(op, "timer-list");
    switch (f) {
      case "mod": {
        IPersistentVector v = (IPersistentVector) op.value();
        return new TimerListModel(active.assoc(v.nth(0), Math.max((Long) v.nth(1), 0L)));
      }
      case "del":
      case "free":
        return new TimerListModel(active.without(op.value()));
      case "expired": {
        IPersistentVector v = (IPersistentVector) op.value();
        Object r = v.nth(1);
        if (r == null) return this;
        boolean expected = active.count() > 0 && minExpire() <= (Long) v.nth(0);
        if (expected == (Boolean) r) return this;
        return new Inconsistent("timerlist_expired(" + v.nth(0) + ") returned " + r + " but active timers are " + this);
      }
      case "deadline": {
        IPersistentVector v = (IPersistentVector) op.value();
        Object d = v.nth(1);
        if (d == null) return this;
        long expected = active.count() == 0 ? -1 : Math.max(0, minExpire() - (Long) v.nth(0));
        if (expected == (Long) d) return this;
        return new Inconsistent("timerlist_deadline_ns(" + v.nth(0) + ") returned " + d + ", expected "
            + expected + " with active timers " + this);
      }
      case "fire": {
        IPersistentVector v = (IPersistentVector) op.value();
        Object t = v.nth(1);
        Object e = active.valAt(t);
        if (e != null && (Long) e <= (Long) v.nth(0)) return new TimerListModel(active.without(t));
        return new Inconsistent("timer " + Values.pr(t) + " fired at " + v.nth(0) + " but "
            + (e == null ? "it is not active" : "it expires at " + e));
      }
      default:
        throw Values.unknown("timer-list", op, ":mod, :del, :free, :expired, :deadline or :fire"
            + (f.equals("run") ? " (split :run ops with TimerListModel.splitRuns)" : ""));
    }
  }

  /**
   * The history with each ok {@code :run [now [t...]]} replaced by calls of fresh processes over
   * the same interval: {@code :fire [now t]} per fired timer and one {@code :expired [now false]}.
   * A run that did not complete ok is dropped (what it fired is unknown).
   */
  /** Splits each {@code :run} (see {@link #splitRuns}). */
  @Override
  public List<Op> prepare(List<Op> history) {
    return splitRuns(history);
  }

  public static List<Op> splitRuns(List<Op> history) {
    History h = History.from(history);
    Map<Integer, Integer> completionOf = new HashMap<>(); // run invoke position -> completion position
    for (Call c : h.calls()) {
      if (isRun(c.invoke()) && c.completed()) completionOf.put(c.invokeAt(), c.completionAt());
    }
    Map<Integer, List<Op>> callsAt = new HashMap<>(); // completion position -> split invocations
    List<Op> out = new ArrayList<>(history.size());
    int nextProcess = 1_000_000;
    for (int i = 0; i < history.size(); i++) {
      Op op = history.get(i);
      if (!isRun(op)) {
        out.add(op);
      } else if (op.isInvoke()) {
        Integer end = completionOf.get(i);
        if (end == null || !history.get(end).isOk()) continue;
        IPersistentVector v = runValue(h, end);
        List<Op> calls = new ArrayList<>();
        for (Object t : (List<?>) v.nth(1)) {
          calls.add(Op.invoke(nextProcess++, "fire", Arrays.asList(v.nth(0), t)).withTime(op.time()));
        }
        calls.add(Op.invoke(nextProcess++, "expired", Arrays.asList(v.nth(0), false)).withTime(op.time()));
        out.addAll(calls);
        callsAt.put(end, calls);
      } else if (callsAt.containsKey(i)) {
        for (Op c : callsAt.remove(i)) out.add(c.withType(Op.Type.OK).withTime(op.time()));
      }
    }
    return out;
  }

  /**
   * The {@code [now [t...]]} of the ok {@code :run} at {@code position}; another shape is a
   * HistoryException naming the op by its 1-based position, as {@link History#of} does.
   */
  private static IPersistentVector runValue(History h, int position) {
    Op run = h.get(position);
    if (run.value() instanceof IPersistentVector v && v.count() == 2 && v.nth(1) instanceof List<?>) return v;
    String value = Values.pr(run.value());
    throw new HistoryException(h.source(), position + 1, "op at index " + run.index() + ": a :run whose :value "
        + (value.length() > 60 ? value.substring(0, 57) + "..." : value) + " is not [now [timer...]]");
  }

  private static boolean isRun(Op op) {
    return op.isClient() && op.f() != null && op.f().getName().equals("run");
  }

  @Override
  public Object toEdn() {
    return Values.tagged("timer-list", "active", active);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimerListModel m && Values.eq(active, m.active);
  }

  @Override
  public int hashCode() {
    return Values.hash(active);
  }

  @Override
  public String toString() {
    return Values.pr(active);
  }
}
