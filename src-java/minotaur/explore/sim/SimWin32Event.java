package minotaur.explore.sim;

import java.util.ArrayDeque;
import minotaur.os.Win32Event;

/**
 * A Win32 event object. SetEvent satisfies the waits of the threads blocked at that moment (all
 * of them for a manual-reset event, one for an auto-reset event, which then stays unsignalled),
 * so a ResetEvent right after SetEvent does not take the wakeup back from them; a thread that
 * waits on a signalled event returns at once. Waits never wake spuriously.
 */
final class SimWin32Event extends SimOsObject implements Win32Event {
  private final boolean manualReset;
  private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
  private boolean signalled;

  SimWin32Event(OsHost run, String name, boolean manualReset, boolean initialState) {
    super(run, "win32-event", name);
    this.manualReset = manualReset;
    this.signalled = initialState;
  }

  @Override public void setEvent() {
    int t = call("SetEvent()", null, null);
    visit(t, "set");
    signalled = true;
    int n = 0;
    while (signalled && !waiters.isEmpty()) {
      waiters.pollFirst().woken = true;
      n++;
      if (!manualReset) signalled = false;
    }
    trace(t, "SetEvent()" + (n > 0 ? ": wakes " + n : ""));
  }

  @Override public void resetEvent() {
    int t = call("ResetEvent()", null, null);
    visit(t, "reset");
    signalled = false;
    trace(t, "ResetEvent()");
  }

  @Override public void waitForSingleObject() {
    int t = blockingCall("WaitForSingleObject()", null, null);
    visit(t, "wait");
    if (signalled) {
      if (!manualReset) signalled = false;
      trace(t, "WaitForSingleObject(): signalled, returns");
      return;
    }
    Waiter w = new Waiter(null);
    waiters.addLast(w);
    trace(t, "WaitForSingleObject(): blocks");
    // the return is an OS call of its own, after the SetEvent that woke it: on execution graphs
    // it is what makes SetEvent happen before the waiter's next access (as sleep() does for futexes)
    run.osCall(t, this, null, name + ".WaitForSingleObject()", () -> w.woken);
    trace(t, "WaitForSingleObject(): woken");
  }

  @Override public boolean isSignalled() {
    int t = call("isSignalled()", null, null);
    trace(t, "isSignalled() = " + signalled);
    return signalled;
  }
}
