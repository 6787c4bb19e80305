package minotaur.check.reclaim;

import clojure.lang.IPersistentVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import minotaur.check.Verdict;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * T2 (PROPERTIES.md 004) on a timer-list history: {@code timerlist_expired(now)} is true iff the
 * earliest active timer has {@code expire_time <= now}, the rule by which {@code
 * timerlist_run_timers} fires it.
 *
 * <p><b>Why not linearizability.</b> The seed's readers are lockless and racy by design: a reader
 * loads the head at one moment and reads its {@code expire_time} later, after a concurrent {@code
 * timer_mod} may have moved it, or a {@code timer_del} or firing set it to -1. So this checker
 * judges an answer wrong only if it is wrong for every such read the op's interval allows.
 *
 * <p><b>Over-approximation.</b> For an {@code :expired [now answer]} op over history positions
 * [a, b], each timer t gets the set of {@code expire_time} values it may hold at some moment of
 * [a, b], and whether it may be off the list at some moment: the effect of every write of t that
 * completed before a and was not superseded by an ok write that began after it ended and ended
 * before a (initially off); and for every write overlapping [a, b] its effect plus the transient
 * "off, -1" ({@code timer_del_locked} writes -1 and unlinks before {@code timer_mod} relinks). A
 * {@code :run} overlapping the time since a mod, that fired t (or whose result is unknown), adds
 * "off, -1" too. A timer never off is <i>always on</i>; the head at any moment is at most M, the
 * least of the always-on timers' largest values, so only timers with a value at most M can be
 * the head the reader loaded, and their later values are what it may read.
 *
 * <p><b>Verdicts.</b> {@code false} is wrong iff some timer is always on (the list is never empty)
 * and every possible head's every value is {@code <= now}. {@code true} is wrong iff no possible
 * head has a value {@code <= now}. An op that read freed memory ({@code :use-after-free}) is T5's,
 * not judged here; nor is one whose answer is unknown. Sound for any correct implementation, and
 * exact when nothing overlaps the op: the quiescence probe ({@code :expired} at the head's own
 * expire time, at rest) shows the seed's {@code <} whenever a timer is left armed.
 */
public final class TimerExpiredChecker {
  private TimerExpiredChecker() {}

  private record Write(Call op, boolean mod, long expire) {}

  /**
   * What one timer may be during one op's interval: the values its {@code expire_time} may hold
   * while it is on the list or being taken off it, and whether it may be off the list.
   */
  private static final class Possible {
    final TreeSet<Long> values = new TreeSet<>();
    boolean mayBeOff;

    /** Taken off during the interval: off, and a reader holding it may read the -1. */
    void takenOff() {
      mayBeOff = true;
      values.add(-1L);
    }
  }

  public static Verdict check(List<Op> history) {
    List<Call> ops = History.from(history).calls();
    Map<Object, List<Write>> writes = new HashMap<>();
    List<Call> runs = new ArrayList<>();
    List<Call> reads = new ArrayList<>();
    for (Call in : ops) {
      switch (in.invoke().f().getName()) {
        case "mod" -> {
          IPersistentVector v = (IPersistentVector) in.invoke().value();
          writes.computeIfAbsent(v.nth(0), k -> new ArrayList<>())
              .add(new Write(in, true, Math.max((Long) v.nth(1), 0)));
        }
        case "del", "free" -> writes.computeIfAbsent(in.invoke().value(), k -> new ArrayList<>())
            .add(new Write(in, false, -1));
        case "run" -> runs.add(in);
        case "expired" -> {
          if (in.ok() && in.completion().get("use-after-free") == null
              && ((IPersistentVector) in.completion().value()).nth(1) instanceof Boolean) {
            reads.add(in);
          }
        }
        default -> { }
      }
    }

    List<Object> violations = new ArrayList<>();
    int judged = 0;
    for (Call read : reads) {
      IPersistentVector v = (IPersistentVector) read.completion().value();
      long now = (Long) v.nth(0);
      boolean answer = (Boolean) v.nth(1);
      List<Possible> timers = new ArrayList<>();
      for (Map.Entry<Object, List<Write>> e : writes.entrySet()) {
        timers.add(possible(e.getKey(), e.getValue(), runs, read));
      }
      long bound = Long.MAX_VALUE; // M: the head is never later than this
      for (Possible p : timers) {
        if (!p.mayBeOff && !p.values.isEmpty()) bound = Math.min(bound, p.values.last());
      }
      boolean someHeadNotDue = false;
      boolean someHeadDue = false;
      for (Possible p : timers) {
        if (p.values.isEmpty() || p.values.first() > bound) continue;
        someHeadNotDue |= p.values.last() > now;
        someHeadDue |= p.values.first() <= now;
      }
      boolean neverEmpty = bound != Long.MAX_VALUE;
      judged++;
      if (!answer && neverEmpty && !someHeadNotDue) {
        violations.add(Map.of("op", read.completion().toMap(), "problem",
            "timerlist_expired(" + now + ") returned false, but every timer that can have been the"
                + " head was due (expire_time <= now) and the list was never empty"));
      } else if (answer && !someHeadDue) {
        violations.add(Map.of("op", read.completion().toMap(), "problem",
            "timerlist_expired(" + now + ") returned true, but no timer that can have been the head"
                + " was due"));
      }
    }
    return Violations.verdict(violations, violations.isEmpty()
        ? judged + " timerlist_expired answer(s), each right for some state its interval allows"
        : violations.size() + " T2 violation(s) of " + judged + "; first: " + violations.get(0));
  }

  private static Possible possible(Object timer, List<Write> ws, List<Call> runs, Call read) {
    Possible p = new Possible();
    int a = read.invokeAt();
    int b = read.completionAtOr(Integer.MAX_VALUE);
    p.mayBeOff = true; // never armed yet, unless an ok write ended before a
    for (Write w : ws) {
      if (w.op().ok() && w.op().completionAtOr(Integer.MAX_VALUE) < a) p.mayBeOff = false;
    }
    for (Write w : ws) {
      if (w.op().failed() || w.op().invokeAt() > b) continue;
      boolean overlaps = w.op().completionAtOr(Integer.MAX_VALUE) > a;
      if (!overlaps && superseded(w, ws, a)) continue;
      if (overlaps) p.takenOff(); // timer_del_locked: -1, then unlinked (and relinked by a mod)
      if (!w.mod()) {
        p.mayBeOff = true;
        continue;
      }
      p.values.add(w.expire());
      for (Call run : runs) {
        if (run.invokeAt() >= b || run.completionAtOr(Integer.MAX_VALUE) <= w.op().invokeAt() || !mayHaveFired(run, timer)) continue;
        if (run.completionAtOr(Integer.MAX_VALUE) > a) p.takenOff(); // fired during the interval
        else p.mayBeOff = true; // fired before it
      }
    }
    return p;
  }

  private static boolean superseded(Write w, List<Write> ws, int a) {
    for (Write later : ws) {
      if (later.op().ok() && later.op().invokeAt() > w.op().completionAtOr(Integer.MAX_VALUE) && later.op().completionAtOr(Integer.MAX_VALUE) < a) return true;
    }
    return false;
  }

  private static boolean mayHaveFired(Call run, Object timer) {
    if (!run.ok()) return !run.failed();
    return ((List<?>) ((IPersistentVector) run.completion().value()).nth(1)).contains(timer);
  }
}
