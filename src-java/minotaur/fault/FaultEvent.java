package minotaur.fault;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import minotaur.history.Op;

/**
 * One fault the injector applied: at which point, to which thread (and its bound process, or null),
 * what, for how long it was meant to last ({@code nanos}, 0 for yields and spurious wakeups) and
 * when it started and ended ({@link System#nanoTime()}; a disabled plan cuts delays short).
 */
public record FaultEvent(
    String point,
    String thread,
    Long process,
    FaultAction action,
    long nanos,
    long startNanos,
    long endNanos) {

  /** The value of the nemesis op: {@code {:point .. :thread .. :process .. :nanos .. :elapsed ..}}. */
  public IPersistentMap toEdn() {
    IPersistentMap m = PersistentArrayMap.EMPTY
        .assoc(Keyword.intern("point"), point)
        .assoc(Keyword.intern("thread"), thread);
    if (process != null) m = m.assoc(Keyword.intern("process"), process);
    return m.assoc(Keyword.intern("nanos"), nanos)
        .assoc(Keyword.intern("elapsed"), endNanos - startNanos);
  }

  /**
   * The event as a Jepsen nemesis op ({@code :process :nemesis :type :info}, {@code :f} the
   * action), timed from the run's start.
   */
  public Op toOp(long runStartNanos) {
    return new Op(Op.NEMESIS, Op.Type.INFO, action.keyword(), toEdn(), startNanos - runStartNanos,
        Op.ABSENT, null);
  }
}
