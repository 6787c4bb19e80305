package minotaur.prim.timer_list;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import minotaur.fault.Faults;
import minotaur.mem.Memory;
import minotaur.mem.RefCell;
import minotaur.os.Os;
import minotaur.os.QemuMutex;
import minotaur.prim.rcu.Rcu;

/**
 * {@code QEMUTimerList} of qemu-timer.c (2013, the "RCU timer list" series; seed 004): the timers
 * of one clock, kept in {@code active_timers}, a singly linked list sorted by {@code expire_time}.
 *
 * <p><b>Writers</b> ({@code timer_mod_ns}, {@code timer_del}, the unlinking in {@code
 * timerlist_run_timers}) hold {@code active_timers_lock}. <b>Readers</b> look only at the head:
 * {@code timerlist_expired}, {@code timerlist_deadline_ns} and the first check of {@code
 * timerlist_run_timers}. In BEFORE they take the lock too. From SEED on they read locklessly in an
 * RCU read-side critical section: {@code atomic_rcu_read} ({@code getAcquire}) of the head, then a
 * plain read of its {@code expire_time}. That pairs with {@code timer_mod_ns} linking the timer
 * with {@code atomic_rcu_set} ({@code setRelease}) after initialising {@code expire_time} and
 * {@code next}, so a reader that finds a timer sees it initialised (PLAIN_PUBLISH drops the
 * release and loses that on weak memory). Unlinking stays a plain store, as in the seed: a reader
 * may see the list before or after it, and either is a published timer. A reader may act on a
 * stale head; callers tolerate that because {@code timerlist_notify} follows any change of the
 * head, but {@code timerlist_run_timers} must re-read the head under the lock before firing it
 * (NO_RECHECK_HEAD does not).
 *
 * <p><b>Reclamation.</b> RCU protects the head only if nobody frees it while a reader holds it. The
 * seed's {@code timer_free} unlinks and calls {@code g_free} at once ("TODO: use call_rcu to
 * free"): a reader between its load of the head and its read of {@code expire_time} reads freed
 * memory. FIXED defers {@code g_free} with {@code call_rcu}. Fault points sit exactly in those
 * windows; {@link TimerHeap} checks every lockless dereference.
 *
 * <p>Left out as irrelevant here: clock enable/disable, {@code timers_done_ev}, {@code
 * qemu_clock_warp}, scale (times are in ns).
 */
public final class TimerList {
  private final TimerVariant variant;
  private final QemuClock clock;
  private final Rcu rcu;
  private final TimerHeap heap;
  private final QemuMutex activeTimersLock;
  private final RefCell<QemuTimer> activeTimers;
  private final Runnable notifyCb;

  /**
   * A timer list on {@code clock}. {@code rcu} must have its call_rcu thread running for FIXED and
   * the mutants; {@code notifyCb} ({@code timerlist_notify}) may be null.
   */
  public TimerList(TimerVariant variant, Memory memory, Os os, QemuClock clock, Rcu rcu,
      TimerHeap heap, Runnable notifyCb) {
    this.variant = variant;
    this.clock = clock;
    this.rcu = rcu;
    this.heap = heap;
    this.activeTimersLock = os.mutex("active_timers_lock");
    this.activeTimers = memory.refCell("active_timers", null);
    this.notifyCb = notifyCb;
  }

  public TimerVariant variant() {
    return variant;
  }

  public TimerHeap heap() {
    return heap;
  }

  /** {@code timer_new_ns}: {@code g_new0} then {@code timer_init}. */
  public QemuTimer timerNew(QemuTimerCb cb, Object opaque) {
    QemuTimer ts = heap.gNew();
    ts.timerList = this;
    ts.cb = cb;
    ts.opaque = opaque;
    ts.expireTime.setPlain(-1);
    return ts;
  }

  private static boolean timerExpiredNs(QemuTimer head, long currentTime) {
    return head != null && head.expireTime.getPlain() <= currentTime;
  }

  /** {@code timer_del_locked}: unlinks ts if it is on the list. */
  private void timerDelLocked(QemuTimer ts) {
    ts.expireTime.setPlain(-1);
    RefCell<QemuTimer> pt = activeTimers;
    for (;;) {
      QemuTimer t = pt.getPlain();
      if (t == null) break;
      if (t == ts) {
        pt.setPlain(t.next.getPlain()); // *pt = t->next
        break;
      }
      pt = t.next;
    }
  }

  /** {@code timer_del}: stops a timer, but does not free it. */
  public void timerDel(QemuTimer ts) {
    activeTimersLock.lock();
    try {
      timerDelLocked(ts);
    } finally {
      activeTimersLock.unlock();
    }
  }

  /** {@code timer_mod_ns}: (re)arms ts to fire when the clock reaches {@code expireTime}. */
  public void timerModNs(QemuTimer ts, long expireTime) {
    RefCell<QemuTimer> pt;
    activeTimersLock.lock();
    try {
      timerDelLocked(ts);
      // add the timer in the sorted list
      pt = activeTimers;
      for (;;) {
        QemuTimer t = pt.getPlain();
        if (!timerExpiredNs(t, expireTime)) break;
        pt = t.next;
      }
      ts.expireTime.setPlain(Math.max(expireTime, 0));
      ts.next.setPlain(pt.getPlain());
      Faults.point("timer-list.mod.before-publish");
      if (variant == TimerVariant.BEFORE || variant == TimerVariant.PLAIN_PUBLISH) {
        pt.setPlain(ts); // *pt = ts
      } else {
        pt.setRelease(ts); // atomic_rcu_set(pt, ts)
      }
    } finally {
      activeTimersLock.unlock();
    }
    if (pt == activeTimers && notifyCb != null) notifyCb.run(); // rearm: the head changed
  }

  /** {@code timer_free}: unlinks ts and frees it, at once (SEED, BEFORE) or after a grace period. */
  public void timerFree(QemuTimer ts) {
    timerDel(ts);
    Faults.point("timer-list.free.before-g-free");
    if (variant.freesAfterGracePeriod()) {
      Object site = heap.site();
      rcu.callRcu(ts.rcu, h -> heap.gFree(ts, site));
    } else {
      heap.gFree(ts); // the seed's "TODO: use call_rcu to free"
    }
  }

  /** {@code timer_pending}: lockless, as in the series ("do not take the lock in timer_pending"). */
  public boolean timerPending(QemuTimer ts) {
    return ts.expireTime.getPlain() >= 0;
  }

  /** {@code timerlist_has_timers}. */
  public boolean hasTimers() {
    return activeTimers.getOpaque() != null;
  }

  /**
   * The head's expire_time, or {@code Long.MIN_VALUE} for an empty list: the read both
   * {@code timerlist_expired} and {@code timerlist_deadline_ns} start with.
   */
  private long headExpireTime(String function) {
    if (!variant.lockless()) {
      activeTimersLock.lock();
      try {
        QemuTimer timer = activeTimers.getPlain();
        return timer == null ? Long.MIN_VALUE : heap.expireTime(timer, heap.tag(timer), function);
      } finally {
        activeTimersLock.unlock();
      }
    }
    rcu.readLock();
    try {
      QemuTimer timer = activeTimers.getAcquire(); // atomic_rcu_read(&timer_list->active_timers)
      if (timer == null) return Long.MIN_VALUE;
      int tag = heap.tag(timer);
      Faults.point("timer-list.read.after-head-load");
      return heap.expireTime(timer, tag, function); // timer->expire_time
    } finally {
      rcu.readUnlock();
    }
  }

  /**
   * {@code timerlist_expired}: is the earliest timer due? SEED and BEFORE keep the seed's {@code
   * return expire_time < qemu_clock_get_ns(...)} (the line the seed left unchanged), one less than
   * {@code timer_expired_ns}, by which {@code timerlist_run_timers} fires: a timer due exactly now
   * is fired but not "expired" (a T2 violation). FIXED compares {@code <=}, as QEMU later does.
   */
  public boolean timerlistExpired() {
    long expireTime = headExpireTime("timerlist_expired");
    if (expireTime == Long.MIN_VALUE) return false;
    long now = clock.getNs();
    return variant.expiredInclusive() ? expireTime <= now : expireTime < now;
  }

  /** {@code timerlist_deadline_ns}: ns until the earliest timer is due, 0 if due, -1 if none. */
  public long timerlistDeadlineNs() {
    long expireTime = headExpireTime("timerlist_deadline_ns");
    if (expireTime == Long.MIN_VALUE) return -1;
    long delta = expireTime - clock.getNs();
    return delta <= 0 ? 0 : delta;
  }

  /**
   * {@code timerlist_run_timers}: fires every timer due at the clock's current time, one at a
   * time, each unlinked under the lock and its callback run without it. Returns whether any fired.
   * The pointer to the head carries its heap tag from the read that found it, so that NO_RECHECK_HEAD's
   * use of the lockless pointer under the lock is checked like any other stale dereference.
   */
  public boolean timerlistRunTimers() {
    boolean progress = false;
    long currentTime = clock.getNs();
    for (;;) {
      QemuTimer ts = null;
      int tag = 0;
      if (variant.lockless()) {
        // Check if the head might be expired; a concurrent del or mod is caught under the lock.
        rcu.readLock();
        try {
          ts = activeTimers.getAcquire(); // atomic_rcu_read(&timer_list->active_timers)
          if (ts != null) {
            tag = heap.tag(ts);
            Faults.point("timer-list.run.after-head-load");
            if (heap.expireTime(ts, tag, "timerlist_run_timers") > currentTime) ts = null;
          }
        } finally {
          rcu.readUnlock();
        }
        if (ts == null) break;
        Faults.point("timer-list.run.before-lock");
      }
      QemuTimerCb cb;
      Object opaque;
      activeTimersLock.lock();
      try {
        if (variant != TimerVariant.NO_RECHECK_HEAD) {
          // The head may have been deleted or modified since the lockless check: re-read it.
          ts = activeTimers.getPlain();
          if (!timerExpiredNs(ts, currentTime)) break;
          tag = heap.tag(ts);
        }
        // remove timer from the list before calling the callback
        heap.check(ts, tag, "timerlist_run_timers", "next");
        activeTimers.setPlain(ts.next.getPlain());
        ts.next.setPlain(null);
        ts.expireTime.setPlain(-1);
        cb = ts.cb;
        opaque = ts.opaque;
      } finally {
        activeTimersLock.unlock();
      }
      // run the callback (the timer list can be modified)
      if (cb != null) cb.fire(opaque); // null only through a freed timer: C would jump to garbage
      progress = true;
    }
    return progress;
  }

  /**
   * The list as (timer, expire_time) entries, read under the lock: for at-rest invariants (T1) and
   * tests, not part of QEMU.
   */
  public List<Entry> snapshot() {
    List<Entry> out = new ArrayList<>();
    activeTimersLock.lock();
    try {
      Set<QemuTimer> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (QemuTimer t = activeTimers.getPlain(); t != null; t = t.next.getPlain()) {
        out.add(new Entry(t, t.expireTime.getPlain()));
        if (!seen.add(t)) break; // a cycle: the repeated timer is the last entry
      }
    } finally {
      activeTimersLock.unlock();
    }
    return out;
  }

  /** One list element as seen under the lock. */
  public record Entry(QemuTimer timer, long expireTime) {}
}
