package minotaur.check.liveness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Map<Object, Op> open = new LinkedHashMap<>();
    long end = 0;
    for (Op op : history) {
      if (op.isInvoke()) open.put(op.process(), op);
      else open.remove(op.process());
      end = Math.max(end, op.time());
    }
    List<Op> closed = new ArrayList<>(history);
    for (Op invoke : open.values()) {
      closed.add(invoke.withType(Op.Type.INFO).withTime(end + 1).withIndex(closed.size())
          .with("error", Wakeups.STILL_BLOCKED));
    }
    return closed;
  }
}
