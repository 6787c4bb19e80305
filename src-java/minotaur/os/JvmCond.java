package minotaur.os;

import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import minotaur.fault.Faults;

/**
 * {@code QemuCond} with an explicit FIFO queue of {@link Waiter}s under a private monitor.
 *
 * <p>Wait: under the condvar's monitor, release the mutex and queue a waiter, then block; a signal
 * needs the same monitor, so none can fall between the release and the queueing (the atomicity
 * POSIX requires). Signal marks the oldest waiting waiter woken; broadcast marks all. After
 * waking, the waiter re-takes the mutex before returning or throwing, as
 * {@code java.util.concurrent.locks.Condition.await} does, so callers' unlock-in-finally works.
 *
 * <p>Spurious wakeups, which POSIX allows, happen only when injected: the fault hook is asked at
 * {@code os.cond.wait@name} (then the mutex is released and re-taken without sleeping), or a
 * blocked waiter is ended through {@link BlockedWait#wakeSpuriously()}. A waiter abandoned after
 * being signalled passes the signal to the next waiter, as a cancelled POSIX waiter must not
 * consume it.
 *
 * <p>Memory: every call is bracketed by {@code VarHandle.fullFence()} (a futex syscall in glibc).
 */
final class JvmCond implements QemuCond {
  private final String name;
  private final String waitPoint;
  private final String signalPoint;
  private final String broadcastPoint;
  private final Object monitor = new Object();
  private final ArrayDeque<Waiter> waiters = new ArrayDeque<>(); // guarded by monitor

  JvmCond(String name) {
    this.name = name;
    this.waitPoint = "os.cond.wait@" + name;
    this.signalPoint = "os.cond.signal@" + name;
    this.broadcastPoint = "os.cond.broadcast@" + name;
  }

  @Override public String name() { return name; }

  @Override public void await(QemuMutex mutex) {
    JvmMutex m = JvmMutex.of(mutex);
    Faults.point(waitPoint);
    boolean spurious = Faults.spuriousWakeup(waitPoint);
    VarHandle.fullFence();
    Wait wait = new Wait("cond", name, "mutex " + m.name());
    WaitOutcome outcome;
    synchronized (monitor) {
      m.release("qemu_cond_wait");
      if (spurious) {
        outcome = WaitOutcome.SPURIOUS;
      } else {
        Waiter waiter = new Waiter();
        waiters.addLast(waiter);
        outcome = wait.block(monitor, waiter, null, true);
        waiters.remove(waiter);
        if (outcome == WaitOutcome.ABANDONED && waiter.state == Waiter.WOKEN) wakeOne();
      }
    }
    m.acquire(false);
    VarHandle.fullFence();
    wait.end(outcome);
  }

  @Override public void signal() {
    Faults.point(signalPoint);
    VarHandle.fullFence();
    synchronized (monitor) {
      wakeOne();
    }
    VarHandle.fullFence();
  }

  @Override public void broadcast() {
    Faults.point(broadcastPoint);
    VarHandle.fullFence();
    synchronized (monitor) {
      for (Waiter w : waiters) {
        if (w.state == Waiter.WAITING) w.state = Waiter.WOKEN;
      }
      waiters.clear();
      OsMonitor.wakeAll(monitor);
    }
    VarHandle.fullFence();
  }

  private void wakeOne() {
    Waiter w;
    while ((w = waiters.pollFirst()) != null) {
      if (w.state == Waiter.WAITING) {
        w.state = Waiter.WOKEN;
        OsMonitor.wakeAll(monitor);
        return;
      }
    }
  }

  @Override public String toString() {
    synchronized (monitor) {
      return "cond " + name + " (" + waiters.size() + " waiting)";
    }
  }
}
