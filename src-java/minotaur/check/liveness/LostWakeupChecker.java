package minotaur.check.liveness;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minotaur.check.Verdict;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * Lost wakeups, decided on a history: a wait the runner gave up on (the watchdog's {@code :info
 * :error :timeout} during the run, or {@code :still-blocked} at quiescence) while an obligation to
 * wake it had been outstanding for at least {@code grace} — its notify had completed and nothing
 * discharged it. A correct waiter wakes microseconds after the notify returns; {@code grace}
 * (longer than any injected delay) separates "not yet woken" from "never woken".
 *
 * <p>A wait that did return, but only {@code grace} or more after an obligation it then
 * discharged had been outstanding while it slept, was woken late by some later notify: the
 * notify it missed is reported the same way.
 *
 * <p>On a starved machine a thread can wait for a CPU longer than {@code grace}, so where the
 * runner recorded where the thread was, the check uses it: a completion's {@code :woken-at} (when
 * a wake released the wait) stands for its return time, and a give-up counts only with {@code
 * :os-wait :blocked}, and a completion with {@code :slept false} (the workload saw it block in no
 * OS wait) is never late. A wait given up on while its thread could still act ({@code :os-wait
 * :woken} or {@code :none}) may go on discharging obligations unrecorded: from there on the
 * matching cannot be trusted, so nothing after it is reported, and without an earlier lost wakeup
 * the verdict is unknown. Histories without those keys are judged on times alone.
 *
 * <p>Obligations are kept per key as a FIFO of notify completions. A discharge of a key removes
 * the oldest one; a discharge that arrives before its notify's completion was recorded (the poll
 * ran the BH while the scheduler was still returning) is kept as a credit that the next notify of
 * that key consumes, so the matching never blames a notify that was served. A discharge-all
 * (the event's waiter returning) removes the obligations of notifies invoked before it; a notify
 * still in flight then may or may not have been consumed, so it is dropped too: the checker
 * prefers missing a lost wakeup to reporting a false one.
 *
 * <p>The report names the waiter (its invoke), the notify it missed, and the ops around that
 * notify, as EDN.
 */
public final class LostWakeupChecker {
  private static final int AROUND = 3;
  private final Wakeups wakeups;
  private final long graceNanos;

  public LostWakeupChecker(Wakeups wakeups, long graceNanos) {
    this.wakeups = wakeups;
    this.graceNanos = graceNanos;
  }

  /** One outstanding obligation: the notify that created it. */
  private record Pending(Call call) {
    Op invoke() { return call.invoke(); }

    Op completion() { return call.completion(); }
  }

  /**
   * Walks the ops in history order, not {@link History#calls()}: which notifies are in flight when
   * a wait is invoked or discharged depends on how invocations and completions interleave.
   */
  public Verdict check(List<Op> history) {
    Map<Object, ArrayDeque<Pending>> pending = new LinkedHashMap<>();
    Map<Object, Integer> credits = new HashMap<>();
    Map<Long, Op> open = new LinkedHashMap<>(); // invocations in flight, by index
    Set<Long> excused = new HashSet<>();
    List<IPersistentMap> lost = new ArrayList<>();
    Verdict.Builder b = null; // explains the first lost wakeup
    Op straggler = null; // the first wait given up on while its thread could still act
    History h = History.from(history);
    for (int i = 0; i < h.size(); i++) {
      Call c = h.callAt(i);
      if (c == null) continue;
      Op invoke = c.invoke();
      if (c.invokeAt() == i) {
        open.put(invoke.index(), invoke);
        continue;
      }
      open.remove(invoke.index());
      Op op = c.completion();
      if (op.isOk()) {
        List<Object> created = excused.remove(invoke.index()) ? List.of() : wakeups.obligations(invoke, op);
        for (Object key : created) {
          int credit = credits.getOrDefault(key, 0);
          if (credit > 0) credits.put(key, credit - 1);
          else pending.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(new Pending(c));
        }
        List<Object> keys = wakeups.discharges(invoke, op);
        if (keys == null) {
          for (ArrayDeque<Pending> q : pending.values()) q.removeIf(p -> p.invoke().index() < op.index());
          for (Op inFlight : open.values()) excused.add(inFlight.index());
        } else {
          for (Object key : keys) {
            ArrayDeque<Pending> q = pending.get(key);
            if (q != null && !q.isEmpty()) {
              Pending served = q.removeFirst();
              if (straggler == null && wakeups.isWait(invoke) && slept(op) && invoke.index() < served.completion().index()
                  && wokenAt(op) - served.completion().time() >= graceNanos) {
                lost.add(report(h, invoke, op, served)); // woken late, by a later notify
                if (b == null) b = explain(invoke, op, served, "returned only");
              }
            } else {
              credits.merge(key, 1, Integer::sum);
            }
          }
        }
      } else if (op.isInfo() && wakeups.isWait(invoke) && gaveUp(op)) {
        Pending missed = straggler != null ? null : oldestBefore(pending, op.time() - graceNanos);
        if (missed != null) {
          lost.add(report(h, invoke, op, missed));
          if (b == null) b = explain(invoke, op, missed, "was given up on");
        }
      } else if (op.isInfo() && wakeups.isWait(invoke) && straggler == null && mayAct(op)) {
        straggler = op;
      }
    }
    if (b == null && straggler != null) {
      String why = "lost wakeups not judged after index " + straggler.index() + ": process " + straggler.process()
          + "'s " + straggler.f() + " was given up on while its thread could still act (:os-wait "
          + straggler.get("os-wait") + "), so what it ran afterwards is not in the history";
      b = Verdict.unknown().detail("cause", why).message(why).step(straggler, why);
    }
    if (b == null) b = Verdict.holds(true);
    b.detail("lost-wakeups", lost);
    if (!lost.isEmpty()) b.message(lost.size() + " lost wakeup(s); first: " + lost.get(0).valAt(Keyword.intern("message")));
    return b.build();
  }

  private Verdict.Builder explain(Op waiter, Op ended, Pending missed, String how) {
    return Verdict.holds(false).failing(waiter, missed.completion())
        .step(waiter, "process " + waiter.process() + " waits (" + waiter.f() + ")")
        .step(missed.invoke(), "process " + missed.invoke().process() + " notifies (" + missed.invoke().f() + ")")
        .step(missed.completion(), "the notify returns: the waiter must wake now")
        .step(ended, "the waiter " + how + " " + ((ended.time() - missed.completion().time()) / 1_000_000)
            + " ms later: it missed that notify");
  }

  /**
   * A wait given up on while blocked. A runner that knows where the thread was says so in {@code
   * :os-wait}: only {@code :blocked} (no wake had released it) can be a missed notify; a woken
   * thread was only waiting for a CPU, and one in no OS wait was not waiting at all.
   */
  private static boolean gaveUp(Op info) {
    Object e = info.get("error");
    Object where = info.get("os-wait");
    return (Wakeups.TIMEOUT.equals(e) || Wakeups.STILL_BLOCKED.equals(e)) && (where == null || BLOCKED.equals(where));
  }

  /** A wait given up on while its thread was woken or in no OS wait: it may act on, unrecorded. */
  private static boolean mayAct(Op info) {
    Object where = info.get("os-wait");
    return where != null && !BLOCKED.equals(where);
  }

  /**
   * When the wait was released: the runner's {@code :woken-at} if it recorded one (a starved
   * thread can return long after its wake), else when it returned.
   */
  private static long wokenAt(Op completion) {
    return completion.get("woken-at") instanceof Long t ? t : completion.time();
  }

  /**
   * Whether the wait slept: a completion with {@code :slept false} blocked in no OS wait, so it
   * returned late only for want of a CPU, having missed no wake.
   */
  private static boolean slept(Op completion) {
    return !Boolean.FALSE.equals(completion.get("slept"));
  }

  private static Pending oldestBefore(Map<Object, ArrayDeque<Pending>> pending, long deadline) {
    Pending best = null;
    for (ArrayDeque<Pending> q : pending.values()) {
      Pending p = q.peekFirst();
      if (p != null && p.completion().time() <= deadline
          && (best == null || p.call.completionAt() < best.call.completionAt())) {
        best = p;
      }
    }
    return best;
  }

  private static IPersistentMap report(List<Op> history, Op waiter, Op gaveUp, Pending missed) {
    List<IPersistentMap> around = new ArrayList<>();
    int last = Math.min(history.size() - 1, missed.call.completionAt() + AROUND);
    for (int i = Math.max(0, missed.call.invokeAt() - AROUND); i <= last; i++) around.add(history.get(i).toMap());
    String msg = "process " + waiter.process() + "'s " + waiter.f() + " (invoked at index "
        + waiter.index() + ") stayed blocked " + ((gaveUp.time() - missed.completion().time()) / 1_000_000)
        + " ms after " + missed.invoke().f() + " " + missed.invoke().value() + " by process "
        + missed.invoke().process() + " completed at index " + missed.completion().index();
    return BusyLoopChecker.finding("waiter", waiter.toMap(), "ended", gaveUp.toMap(),
        "missed-notify", missed.completion().toMap(), "around", around, "message", msg);
  }

  private static final Keyword BLOCKED = Keyword.intern("blocked");

  /** The key under which the verdict lists lost wakeups. */
  public static final Keyword LOST_WAKEUPS = Keyword.intern("lost-wakeups");
}
