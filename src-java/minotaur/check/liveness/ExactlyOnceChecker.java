package minotaur.check.liveness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minotaur.check.Verdict;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * A1: a scheduled bottom half runs once per schedule that did not merge into a still-pending one.
 * Counting obligations ({@link Wakeups#obligations}) and discharges per key over the whole
 * history, a key discharged more often than it was obliged (counting schedules still in flight
 * as obligations) ran without a schedule: a double run. Fewer runs than schedules is a liveness
 * question, left to {@link LostWakeupChecker} (the home thread may simply not have polled yet).
 */
public final class ExactlyOnceChecker {
  private final Wakeups wakeups;

  public ExactlyOnceChecker(Wakeups wakeups) {
    this.wakeups = wakeups;
  }

  public Verdict check(List<Op> history) {
    Map<Object, Long> obliged = new LinkedHashMap<>();
    Map<Object, Long> discharged = new LinkedHashMap<>();
    for (Call c : History.from(history).calls()) {
      if (c.ok()) {
        List<Object> keys = wakeups.discharges(c.invoke(), c.completion());
        if (keys != null) keys.forEach(k -> discharged.merge(k, 1L, Long::sum));
        wakeups.obligations(c.invoke(), c.completion()).forEach(k -> obliged.merge(k, 1L, Long::sum));
      } else if (c.indeterminate()) {
        // An op that never returned may still have scheduled: count it as a possible obligation.
        wakeups.obligations(c.invoke(), c.completionOrInfo().withType(Op.Type.OK).with("merged", false))
            .forEach(k -> obliged.merge(k, 1L, Long::sum));
      }
    }
    List<Object> extra = new ArrayList<>();
    discharged.forEach((k, n) -> {
      long allowed = obliged.getOrDefault(k, 0L);
      if (n > allowed) extra.add(BusyLoopChecker.finding("key", k, "runs", n, "schedules", allowed));
    });
    Verdict.Builder b = Verdict.holds(extra.isEmpty()).detail("runs", discharged).detail("schedules", obliged)
        .detail("extra-runs", extra);
    if (!extra.isEmpty()) {
      b.message(extra.size() + " bottom half(s) ran more often than scheduled; first: " + minotaur.history.Edn.print(extra.get(0)));
      Object key = discharged.keySet().stream().filter(k -> discharged.get(k) > obliged.getOrDefault(k, 0L)).findFirst().get();
      Op excess = excessRun(history, key, obliged.getOrDefault(key, 0L));
      b.failing(excess).step(excess, "runs " + minotaur.history.Edn.print(key) + " once more than the "
          + obliged.getOrDefault(key, 0L) + " time(s) the whole history scheduled it");
    }
    return b.build();
  }

  /** The completion of the first run of {@code key} beyond the {@code allowed} ones. */
  private Op excessRun(List<Op> history, Object key, long allowed) {
    long runs = 0;
    for (Call c : History.from(history).calls()) {
      if (!c.ok()) continue;
      List<Object> keys = wakeups.discharges(c.invoke(), c.completion());
      if (keys == null) continue;
      for (Object k : keys) {
        if (java.util.Objects.equals(k, key) && ++runs > allowed) return c.completion();
      }
    }
    return null;
  }
}
