package minotaur.check.liveness;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import minotaur.check.Verdict;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * A waiter that no longer sleeps: two consecutive blocking waits of the waiting thread both
 * return having done nothing, and no notify ({@code notifyF} op) was in flight or invoked from
 * the first one's invoke to the second one's completion. The first empty return can be a stale
 * notification; the second had nothing to wake it, so the notifier was left set (the busy loop
 * of docs/aio_notify_accept.promela BUG1, "event stays true").
 */
public final class BusyLoopChecker {
  private final Predicate<Op> isWait;
  private final Predicate<Op> didNothing;
  private final Keyword notifyF;

  public BusyLoopChecker(Predicate<Op> isWait, Predicate<Op> didNothing, Keyword notifyF) {
    this.isWait = isWait;
    this.didNothing = didNothing;
    this.notifyF = notifyF;
  }

  /**
   * Walks the ops in history order, not {@link History#calls()}: whether a notify ran between two
   * waits depends on where its invocation and completion fall among theirs.
   */
  public Verdict check(List<Op> history) {
    History h = History.from(history);
    int notifiesInFlight = 0;
    List<Object> spins = new ArrayList<>();
    Op[] first = null; // the first spin: the two empty waits' invokes and the second's return
    Op previousEmpty = null; // the previous wait's invoke, if it returned having done nothing
    boolean notifyInWindow = false; // a notify ran since the previous wait's invoke
    boolean notifyInCurrent = false; // a notify ran since the current wait's invoke
    for (int i = 0; i < h.size(); i++) {
      Call c = h.callAt(i);
      if (c == null) continue;
      Op invoke = c.invoke();
      boolean isNotify = notifyF.equals(invoke.f());
      if (c.invokeAt() == i) {
        if (isNotify) {
          notifyInWindow = true;
          notifyInCurrent = true;
          notifiesInFlight++;
        } else if (isWait.test(invoke)) {
          notifyInCurrent = notifiesInFlight > 0;
        }
        continue;
      }
      if (isNotify) notifiesInFlight--;
      Op op = c.completion();
      if (!isWait.test(invoke)) continue;
      boolean empty = op.isOk() && didNothing.test(op);
      if (empty && previousEmpty != null && !notifyInWindow) {
        spins.add(finding("first", previousEmpty.toMap(), "second", op.toMap(),
            "message", "wait at index " + invoke.index() + " returned with nothing to do and no notify since index "
                + previousEmpty.index()));
        if (first == null) first = new Op[] {previousEmpty, invoke, op};
      }
      previousEmpty = empty ? invoke : null;
      notifyInWindow = notifyInCurrent;
    }
    Verdict.Builder b = Verdict.holds(spins.isEmpty()).detail("spins", spins.size())
        .detail("examples", spins.subList(0, Math.min(3, spins.size())));
    if (first != null) {
      b.message(spins.size() + " busy loop(s): a wait returned with nothing to do twice, with no notify between")
          .failing(first[2])
          .step(first[0], "a wait that will return having done nothing (a stale notification may explain this one)")
          .step(first[1], "the next wait, with no notify in flight or invoked since the first")
          .step(first[2], "returns having done nothing again: the notifier was left set, so the waiter spins");
    }
    return b.build();
  }

  /** A finding's map: keys (names) and values, alternating, in order. */
  static IPersistentMap finding(Object... kvs) {
    Object[] a = new Object[kvs.length];
    for (int i = 0; i < kvs.length; i += 2) {
      a[i] = Keyword.intern((String) kvs[i]);
      a[i + 1] = minotaur.history.Edn.normalize(kvs[i + 1]);
    }
    return new clojure.lang.PersistentArrayMap(a);
  }
}
