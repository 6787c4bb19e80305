package minotaur.os;

import java.lang.invoke.VarHandle;
import minotaur.fault.Faults;

/**
 * {@code QemuMutex} on a private monitor: {@link #owner}, guarded by the monitor, is the holding
 * thread or null; lock waits on the monitor until it is null, unlock clears it and notifies all.
 *
 * <p>Errors are loud rather than C's undefined behaviour: locking a mutex the caller holds throws
 * {@link IllegalStateException} (a default pthread mutex would deadlock), unlocking one it does not
 * hold throws {@link IllegalMonitorStateException}. Lock is interruptible ({@link Abandoned}).
 *
 * <p>Memory: each call starts and ends with {@code VarHandle.fullFence()}, as the locked
 * instructions of {@code pthread_mutex_lock/unlock} are full barriers on x86; the monitor alone
 * would only give acquire/release ("roach motel") ordering.
 */
final class JvmMutex implements QemuMutex {
  private final String name;
  private final String lockPoint;
  private final String tryLockPoint;
  private final String unlockPoint;
  private final Object monitor = new Object();
  private Thread owner; // guarded by monitor

  JvmMutex(String name) {
    this.name = name;
    this.lockPoint = "os.mutex.lock@" + name;
    this.tryLockPoint = "os.mutex.trylock@" + name;
    this.unlockPoint = "os.mutex.unlock@" + name;
  }

  /** The JVM mutex behind {@code m}; a mutex of another {@link Os} cannot be mixed in. */
  static JvmMutex of(QemuMutex m) {
    if (m instanceof JvmMutex jm) return jm;
    throw new IllegalArgumentException("not an Os.jvm() mutex: " + m);
  }

  @Override public String name() { return name; }

  @Override public void lock() {
    Faults.point(lockPoint);
    VarHandle.fullFence();
    acquire(true);
    VarHandle.fullFence();
  }

  @Override public boolean tryLock() {
    Faults.point(tryLockPoint);
    VarHandle.fullFence();
    boolean taken;
    synchronized (monitor) {
      taken = owner == null;
      if (taken) owner = Thread.currentThread();
    }
    VarHandle.fullFence();
    return taken;
  }

  @Override public void unlock() {
    Faults.point(unlockPoint);
    VarHandle.fullFence();
    release("qemu_mutex_unlock");
    VarHandle.fullFence();
  }

  @Override public boolean isHeldByCurrentThread() {
    synchronized (monitor) {
      return owner == Thread.currentThread();
    }
  }

  /** Releases the mutex held by the caller (also the first half of a condvar wait). */
  void release(String call) {
    Thread me = Thread.currentThread();
    synchronized (monitor) {
      if (owner != me) {
        throw new IllegalMonitorStateException(call + "(" + name + ") by " + me.getName()
            + ", which does not hold it (owner: " + (owner == null ? "none" : owner.getName()) + ")");
      }
      owner = null;
      OsMonitor.wakeAll(monitor);
    }
  }

  /**
   * Takes the mutex, blocking while another thread holds it. If {@code interruptible}, an interrupt
   * throws {@link Abandoned} without the mutex; otherwise (a condvar wait re-taking its mutex, as
   * {@code Condition.await} does) the mutex is always taken and the interrupt status is restored.
   */
  void acquire(boolean interruptible) {
    Thread me = Thread.currentThread();
    Wait wait = new Wait("mutex", name, "");
    WaitOutcome outcome;
    boolean interrupted = false;
    synchronized (monitor) {
      if (owner == me) {
        throw new IllegalStateException("qemu_mutex_lock(" + name + ") by " + me.getName()
            + ", which already holds it (not recursive: it would deadlock)");
      }
      if (owner == null) {
        outcome = WaitOutcome.IMMEDIATE;
      } else {
        Waiter waiter = new Waiter();
        while (true) {
          outcome = wait.block(monitor, waiter, () -> owner == null, false);
          if (outcome != WaitOutcome.ABANDONED || interruptible) break;
          interrupted = true;
        }
      }
      if (outcome != WaitOutcome.ABANDONED) owner = me;
    }
    if (interrupted) me.interrupt();
    wait.end(outcome);
  }

  @Override public String toString() {
    synchronized (monitor) {
      return "mutex " + name + (owner == null ? " (free)" : " (held by " + owner.getName() + ")");
    }
  }
}
