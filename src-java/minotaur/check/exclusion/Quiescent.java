package minotaur.check.exclusion;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.List;
import minotaur.history.Op;

/**
 * Liveness at quiescence (PROPERTIES E2, X2): once the generator has stopped and the quiescence
 * hook has released everything legitimately held, no operation may still be blocked. A blocked
 * op is one that never completed or that the runner completed {@code :info} with {@code :error
 * :still-blocked} (in flight at the end) or {@code :timeout} (the watchdog gave up on it: these
 * primitives never legitimately block for seconds). When the lock it waits for is free at rest, the cause is a lost kick (or wakeup).
 */
public final class Quiescent {
  private static final Keyword ERROR = Keyword.intern("error");
  private static final Keyword STILL_BLOCKED = Keyword.intern("still-blocked");
  private static final Keyword TIMEOUT = Keyword.intern("timeout");

  private Quiescent() {}

  private static boolean isHang(Object error) {
    return STILL_BLOCKED.equals(error) || TIMEOUT.equals(error);
  }

  /**
   * {@code resourceFree}: whether what the blocked ops wait for is free at rest (the lock byte is
   * 0, no exclusive section is open); null if unknown.
   */
  public static IPersistentMap check(List<Op> history, Boolean resourceFree) {
    List<Object> blocked = new ArrayList<>();
    for (Call c : Call.of(history)) {
      Op done = c.completion();
      if (done == null || (done.isInfo() && isHang(done.extra().valAt(ERROR)))) {
        blocked.add(c.invoke().toMap());
      }
    }
    if (blocked.isEmpty()) return Verdict.of(true, "blocked", blocked);
    String cause = Boolean.TRUE.equals(resourceFree) ? "lost-wakeup: blocked although free at rest"
        : "blocked at quiescence";
    return Verdict.of(false, "blocked", blocked, "cause", cause);
  }
}
