package minotaur.prim.rcu;

import minotaur.os.Os;
import minotaur.os.QemuCond;
import minotaur.os.QemuMutex;

/**
 * A manual-reset event with QemuEvent's interface ({@code qemu_event_set/reset/wait}), used by
 * RCU for {@code rcu_gp_event} and {@code rcu_call_ready_event}.
 *
 * <p>QEMU builds QemuEvent on a futex; that port lives in {@code minotaur.prim.event} (seed 003)
 * and is not on main yet, so this stand-in is a flag under a {@link QemuMutex} with a {@link
 * QemuCond}, the shape of QemuEvent's non-futex (POSIX) flavour. Every transition happens under
 * the mutex, so the flag needs no access mode of its own, and each call is a full fence (it
 * takes a lock), which is at least as strong as QemuEvent's {@code smp_mb()} in set and reset.
 * Waits re-check the flag, so spurious condvar wakeups are harmless.
 */
final class RcuEvent {
  private final QemuMutex lock;
  private final QemuCond cond;
  private boolean set; // guarded by lock

  RcuEvent(Os os, String name, boolean initiallySet) {
    this.lock = os.mutex(name + ".lock");
    this.cond = os.cond(name + ".cond");
    this.set = initiallySet;
  }

  /** {@code qemu_event_set}: wakes every waiter; stays set until reset. */
  void set() {
    lock.lock();
    try {
      if (!set) {
        set = true;
        cond.broadcast();
      }
    } finally {
      lock.unlock();
    }
  }

  /** {@code qemu_event_reset}. */
  void reset() {
    lock.lock();
    try {
      set = false;
    } finally {
      lock.unlock();
    }
  }

  /** {@code qemu_event_wait}: returns once the event is set (at once if it already is). */
  void await() {
    lock.lock();
    try {
      while (!set) cond.await(lock);
    } finally {
      lock.unlock();
    }
  }
}
