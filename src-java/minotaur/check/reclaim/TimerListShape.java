package minotaur.check.reclaim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minotaur.check.Verdict;

/**
 * T1 (PROPERTIES.md 004), at rest: {@code active_timers} is sorted by expire time, holds each
 * timer at most once, and holds only pending ({@code expire_time >= 0}), allocated timers. Input: the list as {@code [address expire live]}
 * entries read under the lock.
 */
public final class TimerListShape {
  private TimerListShape() {}

  /** One list element: the timer's heap address, its expire_time, and whether it is allocated. */
  public record Entry(long address, long expire, boolean live) {}

  public static Verdict check(List<Entry> list) {
    List<Object> violations = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Entry e = list.get(i);
      if (!seen.add(e.address())) violations.add(Map.of("position", i, "problem", "timer@" + e.address() + " twice"));
      if (e.expire() < 0) violations.add(Map.of("position", i, "problem", "timer@" + e.address() + " listed but not pending"));
      if (!e.live()) violations.add(Map.of("position", i, "problem", "freed timer@" + e.address() + " on the list"));
      if (i > 0 && list.get(i - 1).expire() > e.expire()) {
        violations.add(Map.of("position", i, "problem", "not sorted: " + list.get(i - 1).expire() + " before " + e.expire()));
      }
    }
    return Violations.verdict(violations, violations.isEmpty()
        ? "active_timers sorted, each timer once, all pending and allocated (" + list.size() + " timers)"
        : violations.size() + " shape violation(s); first: " + violations.get(0));
  }
}
