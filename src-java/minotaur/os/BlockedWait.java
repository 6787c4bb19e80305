package minotaur.os;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A thread now blocked in an OS wait, as {@link OsMonitor#blocked()} lists it: on which primitive,
 * on what, since when. For waits the real OS may end spuriously (condvar, futex, Xen poll) the
 * runner or a nemesis can {@link #wakeSpuriously() wake it spuriously}.
 */
public final class BlockedWait {
  private final Object monitor;
  private final Waiter waiter;
  private final BooleanSupplier ready;
  private final String kind;
  private final String name;
  private final String detail;
  private final long sinceNanos;
  private final boolean spuriousAllowed;
  /** {@link System#nanoTime()} when a wake first released this wait, or -1; set under the monitor. */
  private volatile long releasedNanos = -1;

  BlockedWait(Object monitor, Waiter waiter, BooleanSupplier ready, String kind, String name,
      String detail, long sinceNanos, boolean spuriousAllowed) {
    this.monitor = monitor;
    this.waiter = waiter;
    this.ready = ready;
    this.kind = kind;
    this.name = name;
    this.detail = detail;
    this.sinceNanos = sinceNanos;
    this.spuriousAllowed = spuriousAllowed;
  }

  public Thread thread() { return waiter.thread; }

  /** The primitive's kind: {@code mutex}, {@code cond}, {@code futex}, {@code win32-event}, {@code xen-evtchn}, {@code event-notifier}. */
  public String kind() { return kind; }

  /** The primitive's name as the port gave it. */
  public String name() { return name; }

  /** What it waits for within the primitive (futex word, CPU), or empty. */
  public String detail() { return detail; }

  /** {@link System#nanoTime()} when it blocked. */
  public long sinceNanos() { return sinceNanos; }

  public Duration blockedFor() { return Duration.ofNanos(System.nanoTime() - sinceNanos); }

  /** Whether the real OS allows this wait to end spuriously. */
  public boolean spuriousAllowed() { return spuriousAllowed; }

  /**
   * True if the wait has not been released: no wake has marked its waiter and, for a wait on a
   * condition (a mutex waiting for its owner to leave), the condition is still false. Read under
   * the primitive's monitor, so it is exact at that moment; whether it stays true depends on what
   * other threads do next ({@link OsMonitor#epoch()} tells whether any wait began or ended since).
   */
  public boolean unreleased() {
    synchronized (monitor) {
      return waiter.state == Waiter.WAITING && (ready == null || !ready.getAsBoolean());
    }
  }

  /**
   * When a wake released this wait ({@link System#nanoTime()}), or -1 if none has: a released
   * waiter may still wait for a CPU, and on a starved machine for long.
   */
  public long releasedNanos() { return releasedNanos; }

  /**
   * Whether a wake has released this wait and its thread has not yet run since (it waits for a
   * CPU, or for the primitive's monitor). Lock-free, so a watchdog can ask while the monitor is
   * held.
   */
  public boolean woken() { return releasedNanos >= 0; }

  /** Waker, holding the monitor after changing the primitive's state: stamps the release once. */
  void stampIfReleased(long now) {
    if (releasedNanos < 0 && !unreleased()) releasedNanos = now;
  }

  /** Waiter, holding the monitor: it ran and found it must wait again (another thread was first). */
  void blockedAgain() {
    releasedNanos = -1;
  }

  /** The monitor of the primitive this wait is queued on. */
  Object monitor() { return monitor; }

  /**
   * Ends the wait spuriously, as a signal or stray event would; returns false (and does nothing) if
   * this kind of wait never wakes spuriously or it has already been woken.
   */
  public boolean wakeSpuriously() {
    if (!spuriousAllowed) return false;
    synchronized (monitor) {
      if (waiter.state != Waiter.WAITING) return false;
      waiter.state = Waiter.SPURIOUS;
      OsMonitor.wakeAll(monitor);
      return true;
    }
  }

  /**
   * As EDN data for a run's results: {@code {:thread "..." :kind "futex" :name "..." :detail "..."
   * :blocked-ns n}}.
   */
  public IPersistentMap toEdn() {
    return PersistentArrayMap.EMPTY
        .assoc(Keyword.intern("thread"), waiter.thread.getName())
        .assoc(Keyword.intern("kind"), kind)
        .assoc(Keyword.intern("name"), name)
        .assoc(Keyword.intern("detail"), detail)
        .assoc(Keyword.intern("blocked-ns"), System.nanoTime() - sinceNanos);
  }

  @Override public String toString() {
    return waiter.thread.getName() + " blocked in " + kind + " " + name
        + (detail.isEmpty() ? "" : " (" + detail + ")") + " for " + blockedFor().toMillis() + "ms";
  }
}
