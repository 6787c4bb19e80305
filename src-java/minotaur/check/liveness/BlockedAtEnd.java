package minotaur.check.liveness;

import java.util.ArrayList;
import java.util.List;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * Closes the history of a finished explored schedule the way the runner closes a run at
 * quiescence: every op still invoked when the schedule ended (its thread blocked after every other
 * thread finished) completes as {@code :info :error :still-blocked}, one time unit after the last
 * op. {@link LostWakeupChecker} with a grace of 0 then names the notify each blocked waiter
 * missed: in a finished schedule no later step can wake it, so no grace is needed.
 */
public final class BlockedAtEnd {
  private BlockedAtEnd() {}

  public static List<Op> close(List<Op> history) {
    long end = 0;
    for (Op op : history) end = Math.max(end, op.time());
    List<Op> closed = new ArrayList<>(history);
    for (Call c : History.from(history).calls()) {
      if (c.completed()) continue;
      closed.add(c.invoke().withType(Op.Type.INFO).withTime(end + 1).withIndex(closed.size())
          .with("error", Wakeups.STILL_BLOCKED));
    }
    return closed;
  }
}
