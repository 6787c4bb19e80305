package minotaur.check.liveness;

import clojure.lang.Keyword;
import java.util.List;
import minotaur.history.Op;

/**
 * What a lost-wakeup check needs to know about a workload's ops: which completions create an
 * obligation to wake the waiter (a notify: {@code value = true; set()}, a non-merged BH
 * schedule), which completions discharge obligations (the waiter returning, a poll that ran BHs),
 * and which invocations are waits. Obligations have a key (the BH's name; one key for a flag).
 */
public interface Wakeups {
  /** The obligation keys {@code completion} (paired with {@code invoke}) creates; empty for none. */
  List<Object> obligations(Op invoke, Op completion);

  /**
   * The obligations {@code completion} discharges: a list of keys (one obligation each), or
   * null to discharge every obligation whose notify was invoked before this completion.
   */
  List<Object> discharges(Op invoke, Op completion);

  /** Whether {@code invoke} is a wait that only a notify can end. */
  boolean isWait(Op invoke);

  /** {@code :error} values of a wait the runner gave up on: the watchdog's and quiescence's. */
  Keyword TIMEOUT = Keyword.intern("timeout");
  Keyword STILL_BLOCKED = Keyword.intern("still-blocked");
}
