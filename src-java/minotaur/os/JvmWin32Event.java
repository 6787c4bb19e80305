package minotaur.os;

import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import minotaur.fault.Faults;

/**
 * A Win32 event object: a signalled flag and a FIFO queue of waiters under a private monitor.
 *
 * <p>{@code SetEvent} on a manual-reset event sets the flag and releases every queued waiter; on an
 * auto-reset event it releases the oldest waiter (the flag stays clear: that wait consumed the
 * signal), or, with nobody waiting, sets the flag for the next wait to consume. Releasing marks
 * the waiter, so a waiter released by {@code SetEvent} returns even if {@code ResetEvent} follows
 * before it runs, as in the kernel. {@code WaitForSingleObject} on a signalled event returns at once
 * (clearing an auto-reset event). Win32 waits never return spuriously, so none is injected here;
 * an auto-reset waiter abandoned after being released gives the signal back.
 *
 * <p>Memory: every call is bracketed by {@code VarHandle.fullFence()} (a kernel call).
 */
final class JvmWin32Event implements Win32Event {
  private final String name;
  private final boolean manualReset;
  private final String setPoint;
  private final String resetPoint;
  private final String waitPoint;
  private final Object monitor = new Object();
  private final ArrayDeque<Waiter> waiters = new ArrayDeque<>(); // guarded by monitor
  private boolean signalled; // guarded by monitor

  JvmWin32Event(String name, boolean manualReset, boolean initialState) {
    this.name = name;
    this.manualReset = manualReset;
    this.signalled = initialState;
    this.setPoint = "os.win32-event.set@" + name;
    this.resetPoint = "os.win32-event.reset@" + name;
    this.waitPoint = "os.win32-event.wait@" + name;
  }

  @Override public String name() { return name; }

  @Override public void setEvent() {
    Faults.point(setPoint);
    VarHandle.fullFence();
    synchronized (monitor) {
      setLocked();
    }
    VarHandle.fullFence();
  }

  @Override public void resetEvent() {
    Faults.point(resetPoint);
    VarHandle.fullFence();
    synchronized (monitor) {
      signalled = false;
    }
    VarHandle.fullFence();
  }

  @Override public void waitForSingleObject() {
    Faults.point(waitPoint);
    VarHandle.fullFence();
    Wait wait = new Wait("win32-event", name, manualReset ? "manual-reset" : "auto-reset");
    WaitOutcome outcome;
    synchronized (monitor) {
      if (signalled) {
        if (!manualReset) signalled = false;
        outcome = WaitOutcome.IMMEDIATE;
      } else {
        Waiter waiter = new Waiter();
        waiters.addLast(waiter);
        outcome = wait.block(monitor, waiter, null, false);
        waiters.remove(waiter);
        if (outcome == WaitOutcome.ABANDONED && waiter.state == Waiter.WOKEN && !manualReset) {
          setLocked();
        }
      }
    }
    VarHandle.fullFence();
    wait.end(outcome);
  }

  @Override public boolean isSignalled() {
    synchronized (monitor) {
      return signalled;
    }
  }

  private void setLocked() {
    if (manualReset) {
      signalled = true;
      for (Waiter w : waiters) w.state = Waiter.WOKEN;
      waiters.clear();
    } else {
      Waiter w = waiters.pollFirst();
      if (w == null) {
        signalled = true;
        return;
      }
      w.state = Waiter.WOKEN;
    }
    OsMonitor.wakeAll(monitor);
  }

  @Override public String toString() {
    synchronized (monitor) {
      return "win32-event " + name + (signalled ? " (signalled" : " (clear")
          + ", " + waiters.size() + " waiting)";
    }
  }
}
