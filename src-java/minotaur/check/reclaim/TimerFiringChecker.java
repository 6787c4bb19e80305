package minotaur.check.reclaim;

import clojure.lang.IPersistentVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minotaur.check.Verdict;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * T4 (PROPERTIES.md 004) on a timer-list history: every firing reported by a {@code :run} is
 * justified by its own {@code timer_mod}, and no armed timer is lost.
 *
 * <p><b>Justified firing.</b> A firing of timer t by a run R at time {@code now} must be matched
 * to a distinct {@code :mod [t e]} with {@code max(e, 0) <= now} that was invoked before R
 * completed and not superseded (by a later mod, del or free of t that completed) before R was
 * invoked. The writes to one timer are sequential (one owner), so the eligible mods of successive
 * firings form ranges moving forward, and matching each firing, in completion order, to its
 * earliest eligible unused mod finds a matching whenever one exists. A firing with no match fired
 * a deleted timer, fired one twice, or fired it early.
 *
 * <p><b>Lost timers.</b> If the history ends with a {@code :run} invoked after every write
 * completed (the quiescence drain), each timer whose last write is an ok {@code :mod} due by the
 * drain's {@code now} must have fired in some run that completed after that mod was invoked.
 * Both checks judge only by op intervals, so they never blame an interleaving that could have
 * happened.
 */
public final class TimerFiringChecker {
  private TimerFiringChecker() {}

  private record Write(Call op, String f, long expire) {}

  /** A call's completion position; {@link Integer#MAX_VALUE} if it never completed. */
  private static int end(Call c) {
    return c.completionAtOr(Integer.MAX_VALUE);
  }

  public static Verdict check(List<Op> history) {
    List<Call> ops = History.from(history).calls();
    Map<Object, List<Write>> writes = new HashMap<>();
    List<Call> runs = new ArrayList<>();
    int lastWriteEnd = -1;
    for (Call in : ops) {
      String f = in.invoke().f().getName();
      switch (f) {
        case "mod" -> {
          IPersistentVector v = (IPersistentVector) in.invoke().value();
          writes.computeIfAbsent(v.nth(0), k -> new ArrayList<>())
              .add(new Write(in, f, Math.max((Long) v.nth(1), 0)));
        }
        case "del", "free" -> writes.computeIfAbsent(in.invoke().value(), k -> new ArrayList<>())
            .add(new Write(in, f, -1));
        case "run" -> {
          if (in.ok()) runs.add(in);
          continue;
        }
        default -> {
          continue;
        }
      }
      lastWriteEnd = Math.max(lastWriteEnd, end(in));
    }
    runs.sort((a, b) -> Integer.compare(end(a), end(b)));

    List<Object> violations = new ArrayList<>();
    Map<Object, boolean[]> used = new HashMap<>();
    Map<Object, Integer> lastFiringEnd = new HashMap<>();
    for (Call run : runs) {
      IPersistentVector v = (IPersistentVector) run.completion().value();
      long now = (Long) v.nth(0);
      for (Object t : (List<?>) v.nth(1)) {
        List<Write> w = writes.getOrDefault(t, List.of());
        boolean[] u = used.computeIfAbsent(t, k -> new boolean[w.size()]);
        int match = -1;
        for (int i = 0; i < w.size() && match < 0; i++) {
          Write m = w.get(i);
          if (u[i] || !m.f().equals("mod") || m.op().failed() || m.expire() > now) continue;
          if (m.op().invokeAt() > end(run)) break;
          boolean superseded = false;
          for (int j = i + 1; j < w.size(); j++) {
            Call later = w.get(j).op();
            if (later.ok() && end(later) < run.invokeAt()) {
              superseded = true;
              break;
            }
          }
          if (!superseded) match = i;
        }
        if (match < 0) {
          violations.add(Map.of("timer", t, "run", run.completion().toMap(),
              "problem", "fired without a pending timer_mod due by now (deleted, refired or early)"));
        } else {
          u[match] = true;
        }
        lastFiringEnd.merge(t, end(run), Math::max);
      }
    }

    Call drain = runs.isEmpty() ? null : runs.get(runs.size() - 1);
    if (drain != null && drain.invokeAt() > lastWriteEnd) {
      long now = (Long) ((IPersistentVector) drain.completion().value()).nth(0);
      for (Map.Entry<Object, List<Write>> e : writes.entrySet()) {
        Write last = e.getValue().get(e.getValue().size() - 1);
        if (!last.f().equals("mod") || !last.op().ok() || last.expire() > now) continue;
        if (lastFiringEnd.getOrDefault(e.getKey(), -1) < last.op().invokeAt()) {
          violations.add(Map.of("timer", e.getKey(), "mod", last.op().invoke().toMap(),
              "problem", "armed timer never fired, not even by the final drain: lost from the list"));
        }
      }
    }
    return Violations.verdict(violations, violations.isEmpty()
        ? "every firing matched its timer_mod; no timer lost"
        : violations.size() + " firing violation(s); first: " + violations.get(0));
  }
}
