package minotaur.check.liveness;

import clojure.lang.IPersistentMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minotaur.history.Op;
import minotaur.run.Checker;
import minotaur.run.RunContext;
import minotaur.run.Verdicts;

/**
 * A1: a scheduled bottom half runs once per schedule that did not merge into a still-pending one.
 * Counting obligations ({@link Wakeups#obligations}) and discharges per key over the whole
 * history, a key discharged more often than it was obliged (counting schedules still in flight
 * as obligations) ran without a schedule: a double run. Fewer runs than schedules is a liveness
 * question, left to {@link LostWakeupChecker} (the home thread may simply not have polled yet).
 */
public final class ExactlyOnceChecker implements Checker {
  private final Wakeups wakeups;

  public ExactlyOnceChecker(Wakeups wakeups) {
    this.wakeups = wakeups;
  }

  @Override
  public IPersistentMap check(List<Op> history, RunContext run) {
    Map<Object, Long> obliged = new LinkedHashMap<>();
    Map<Object, Long> discharged = new LinkedHashMap<>();
    Map<Object, Op> open = new HashMap<>();
    for (Op op : history) {
      if (!op.isClient()) continue;
      if (op.isInvoke()) {
        open.put(op.process(), op);
        continue;
      }
      Op invoke = open.remove(op.process());
      if (invoke == null) continue;
      if (op.isOk()) {
        List<Object> keys = wakeups.discharges(invoke, op);
        if (keys != null) keys.forEach(k -> discharged.merge(k, 1L, Long::sum));
        wakeups.obligations(invoke, op).forEach(k -> obliged.merge(k, 1L, Long::sum));
      } else if (op.isInfo()) {
        // An op that never returned may still have scheduled: count it as a possible obligation.
        wakeups.obligations(invoke, op.withType(Op.Type.OK).with("merged", false))
            .forEach(k -> obliged.merge(k, 1L, Long::sum));
      }
    }
    List<Object> extra = new ArrayList<>();
    discharged.forEach((k, n) -> {
      long allowed = obliged.getOrDefault(k, 0L);
      if (n > allowed) extra.add(Verdicts.of(false, "key", k, "runs", n, "schedules", allowed).without(Verdicts.VALID));
    });
    return Verdicts.of(extra.isEmpty(), "runs", discharged, "schedules", obliged, "extra-runs", extra);
  }
}
