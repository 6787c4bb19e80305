package minotaur.explore.sim;

import java.util.ArrayDeque;
import minotaur.os.QemuCond;
import minotaur.os.QemuMutex;

/**
 * A POSIX condition variable in two steps: wait releases the mutex and sleeps (one atomic step,
 * as pthread_cond_wait does), then a second step, enabled once signalled (or at any time when the
 * exploration allows spurious wakeups) and the mutex is free, takes the mutex back.
 *
 * <p>On execution graphs each step is an event of one object, so wait takes four: join the
 * waiters (condvar), release the mutex (mutex), wake (condvar), take the mutex back (mutex).
 * Joining before releasing keeps the atomicity that matters: a signal sent after the release
 * finds the waiter. Waking and relocking apart is what glibc does too.
 */
final class SimCond extends SimOsObject implements QemuCond {
  private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

  SimCond(OsHost run, String name) {
    super(run, "cond", name);
  }

  @Override public void await(QemuMutex mutex) {
    SimMutex m = (SimMutex) mutex;
    String what = "wait(" + m.name + ")";
    if (run.graph()) {
      awaitInSteps(m, what);
      return;
    }
    int t = blockingCall(what, m, null);
    visit(t, "wait");
    if (m.owner != t) throw new IllegalMonitorStateException(name + "." + what + " without holding " + m.name);
    m.owner = -1;
    Waiter w = new Waiter(null);
    waiters.addLast(w);
    trace(t, what + ": releases " + m.name + ", sleeps");
    sleep(t, what, m, w, () -> m.owner < 0);
    waiters.remove(w);
    m.owner = t;
    trace(t, what + ": " + (w.woken ? "woken" : "spurious wakeup") + ", relocks " + m.name);
  }

  private void awaitInSteps(SimMutex m, String what) {
    int t = blockingCall(what, null, null);
    visit(t, "wait");
    if (m.owner != t) throw new IllegalMonitorStateException(name + "." + what + " without holding " + m.name);
    Waiter w = new Waiter(null);
    waiters.addLast(w);
    m.call(what + " releases it", null, null);
    m.owner = -1;
    trace(t, what + ": releases " + m.name + ", sleeps");
    sleep(t, what, null, w, () -> true);
    waiters.remove(w);
    m.call(what + " relocks it", null, () -> m.owner < 0);
    m.owner = t;
    trace(t, what + ": " + (w.woken ? "woken" : "spurious wakeup") + ", relocks " + m.name);
  }

  @Override public void signal() {
    int t = blockingCall("signal()", null, null);
    visit(t, "signal");
    Waiter w = waiters.pollFirst();
    if (w != null) w.woken = true;
    trace(t, "signal()" + (w == null ? ": no waiter" : ": wakes one"));
  }

  @Override public void broadcast() {
    int t = blockingCall("broadcast()", null, null);
    visit(t, "broadcast");
    int n = waiters.size();
    for (Waiter w; (w = waiters.pollFirst()) != null; ) w.woken = true;
    trace(t, "broadcast(): wakes " + n);
  }
}
