package minotaur.check.reclaim;

import clojure.lang.IPersistentMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import minotaur.check.Verdict;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * RCU's own guarantees (PROPERTIES.md 004, rcutorture style) on an {@code rcu} history:
 * <ul>
 *   <li>no reader saw a grace period end, or its version freed, while it held the version
 *       ({@code :grace-period-during-read}, {@code :use-after-free} on {@code :read});</li>
 *   <li>{@code synchronize_rcu} never returned while a reader that began before it was still
 *       inside ({@code :early-return} on {@code :sync});</li>
 *   <li>{@code synchronize_rcu} returns: a {@code :sync} that never completed, or completed
 *       {@code :info} (the watchdog gave up), is a hang;</li>
 *   <li>every {@code call_rcu} callback ran exactly once by the final {@code :drain}.</li>
 * </ul>
 */
public final class RcuTortureChecker {
  private RcuTortureChecker() {}

  public static Verdict check(List<Op> history) {
    List<Object> violations = new ArrayList<>();
    List<Long> callRcuIds = new ArrayList<>();
    IPersistentMap drained = null;
    for (Call in : History.from(history).calls()) {
      Op c = in.completion();
      String f = in.invoke().f().getName();
      switch (f) {
        case "read" -> {
          if (c == null) break;
          if (c.get("use-after-free") != null) {
            violations.add(Map.of("problem", "reader's version freed during its read-side critical section", "op", c.toMap()));
          } else if (c.get("grace-period-during-read") != null) {
            violations.add(Map.of("problem", "a grace period ended during the read-side critical section", "op", c.toMap()));
          }
        }
        case "sync" -> {
          if (c == null || c.isInfo()) {
            violations.add(Map.of("problem", "synchronize_rcu did not return", "op", in.invoke().toMap()));
          } else if (c.get("early-return") != null) {
            violations.add(Map.of("problem", "synchronize_rcu returned while pre-existing readers "
                + c.get("early-return") + " were inside", "op", c.toMap()));
          }
        }
        case "call-rcu" -> {
          if (c != null && c.isOk()) callRcuIds.add((Long) c.value());
        }
        case "drain" -> {
          if (c != null && c.isOk()) drained = (IPersistentMap) c.value();
          else violations.add(Map.of("problem", "drain_call_rcu did not return", "op", in.invoke().toMap()));
        }
        default -> { }
      }
    }
    if (drained != null) {
      for (Long id : callRcuIds) {
        Object runs = drained.valAt(id, 0L);
        if (!Long.valueOf(1).equals(runs)) {
          violations.add(Map.of("problem", "call_rcu callback for version " + id + " ran " + runs + " times"));
        }
      }
    }
    return Violations.verdict(violations, violations.isEmpty()
        ? "readers never saw a grace period end; synchronize_rcu waited and returned; callbacks ran once"
        : violations.size() + " RCU violation(s); first: " + violations.get(0));
  }
}
