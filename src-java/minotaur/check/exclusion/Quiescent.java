package minotaur.check.exclusion;

import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.List;
import minotaur.check.Verdict;
import minotaur.history.Call;
import minotaur.history.Edn;
import minotaur.history.History;
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

  /** How many blocked ops the explanation walks through. */
  private static final int SHOWN = 5;

  private Quiescent() {}

  private static boolean isHang(Object error) {
    return STILL_BLOCKED.equals(error) || TIMEOUT.equals(error);
  }

  /**
   * {@code resourceFree}: whether what the blocked ops wait for is free at rest (the lock byte is
   * 0, no exclusive section is open); null if unknown.
   */
  public static Verdict check(List<Op> history, Boolean resourceFree) {
    List<Call> blocked = new ArrayList<>();
    for (Call c : History.from(history).calls()) {
      Op done = c.completion();
      if (done == null || (done.isInfo() && isHang(done.extra().valAt(ERROR)))) blocked.add(c);
    }
    List<Object> invokes = blocked.stream().map(c -> (Object) c.invoke().toMap()).toList();
    if (blocked.isEmpty()) return Verdict.holds(true).detail("blocked", invokes).build();
    String cause = Boolean.TRUE.equals(resourceFree) ? "lost-wakeup: blocked although free at rest"
        : "blocked at quiescence";
    Verdict.Builder b = Verdict.holds(false).detail("blocked", invokes).detail("cause", cause)
        .message(blocked.size() + " op(s) " + cause);
    for (Call c : blocked.subList(0, Math.min(SHOWN, blocked.size()))) {
      b.failing(c.invoke()).step(c.invoke(), "invoked by process " + c.process() + ", never returned"
          + (c.completed() ? " (the runner gave up on it: " + Edn.print(c.completion().get("error")) + ")" : ""));
    }
    return b.build();
  }
}
