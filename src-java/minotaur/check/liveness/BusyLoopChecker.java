package minotaur.check.liveness;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import minotaur.history.Op;
import minotaur.run.Checker;
import minotaur.run.RunContext;
import minotaur.run.Verdicts;

/**
 * A waiter that no longer sleeps: two consecutive blocking waits of the waiting thread both
 * return having done nothing, and no notify ({@code notifyF} op) was in flight or invoked from
 * the first one's invoke to the second one's completion. The first empty return can be a stale
 * notification; the second had nothing to wake it, so the notifier was left set (the busy loop
 * of docs/aio_notify_accept.promela BUG1, "event stays true").
 */
public final class BusyLoopChecker implements Checker {
  private final Predicate<Op> isWait;
  private final Predicate<Op> didNothing;
  private final Keyword notifyF;

  public BusyLoopChecker(Predicate<Op> isWait, Predicate<Op> didNothing, Keyword notifyF) {
    this.isWait = isWait;
    this.didNothing = didNothing;
    this.notifyF = notifyF;
  }

  @Override
  public IPersistentMap check(List<Op> history, RunContext run) {
    Map<Object, Op> open = new HashMap<>();
    List<Object> spins = new ArrayList<>();
    Op previousEmpty = null; // the previous wait's invoke, if it returned having done nothing
    boolean notifyInWindow = false; // a notify ran since the previous wait's invoke
    boolean notifyInCurrent = false; // a notify ran since the current wait's invoke
    for (Op op : history) {
      if (!op.isClient()) continue;
      if (op.isInvoke()) {
        if (notifyF.equals(op.f())) {
          notifyInWindow = true;
          notifyInCurrent = true;
        } else if (isWait.test(op)) {
          notifyInCurrent = open.values().stream().anyMatch(o -> notifyF.equals(o.f()));
        }
        open.put(op.process(), op);
        continue;
      }
      Op invoke = open.remove(op.process());
      if (invoke == null || !isWait.test(invoke)) continue;
      boolean empty = op.isOk() && didNothing.test(op);
      if (empty && previousEmpty != null && !notifyInWindow) {
        spins.add(Verdicts.of(false, "first", previousEmpty.toMap(), "second", op.toMap(),
            "message", "wait at index " + invoke.index() + " returned with nothing to do and no notify since index "
                + previousEmpty.index()).without(Verdicts.VALID));
      }
      previousEmpty = empty ? invoke : null;
      notifyInWindow = notifyInCurrent;
    }
    return Verdicts.of(spins.isEmpty(), "spins", spins.size(), "examples", spins.subList(0, Math.min(3, spins.size())));
  }
}
