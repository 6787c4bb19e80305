package minotaur.explore.sim;

import minotaur.os.QemuMutex;

/** A non-recursive {@link QemuMutex}: lock is disabled while another thread (or the caller) owns it. */
final class SimMutex extends SimOsObject implements QemuMutex {
  /** The owning thread, or -1. */
  int owner = -1;

  SimMutex(OsHost run, String name) {
    super(run, "mutex", name);
  }

  @Override public void lock() {
    int t = blockingCall("lock()", null, () -> owner < 0);
    visit(t, "lock");
    owner = t;
    trace(t, "lock()");
  }

  @Override public boolean tryLock() {
    int t = blockingCall("tryLock()", null, null);
    visit(t, "trylock");
    boolean free = owner < 0;
    if (free) owner = t;
    trace(t, "tryLock() = " + free);
    return free;
  }

  @Override public void unlock() {
    int t = blockingCall("unlock()", null, null);
    visit(t, "unlock");
    if (owner != t) {
      throw new IllegalMonitorStateException(name + ".unlock() by T" + t + ", owner " + owner);
    }
    owner = -1;
    trace(t, "unlock()");
  }

  /** Only the owner can change whether it owns the mutex, so this needs no scheduling point. */
  @Override public boolean isHeldByCurrentThread() {
    int t = run.current();
    return t >= 0 && owner == t;
  }
}
