package minotaur.os;

import java.lang.invoke.VarHandle;
import minotaur.fault.Faults;

/**
 * An eventfd in counter mode under a private monitor: {@code event_notifier_set} writes 1 (adds to
 * the counter and wakes every poller), {@code event_notifier_test_and_clear} reads it (returns
 * whether it was non-zero and zeroes it), and the blocking wait is {@code ppoll} for readability:
 * level-triggered, so a poller woken after someone else already cleared the counter goes back to
 * sleep, as {@code do_poll} re-polls its fds after every wakeup. Never spurious.
 *
 * <p>Memory: every call is bracketed by {@code VarHandle.fullFence()} (a syscall).
 */
final class JvmEventNotifier implements EventNotifier {
  private final String name;
  private final String setPoint;
  private final String clearPoint;
  private final String waitPoint;
  private final Object monitor = new Object();
  private long counter; // guarded by monitor

  JvmEventNotifier(String name) {
    this.name = name;
    this.setPoint = "os.event-notifier.set@" + name;
    this.clearPoint = "os.event-notifier.test-and-clear@" + name;
    this.waitPoint = "os.event-notifier.wait@" + name;
  }

  @Override public String name() { return name; }

  @Override public void set() {
    Faults.point(setPoint);
    VarHandle.fullFence();
    synchronized (monitor) {
      counter++;
      OsMonitor.wakeAll(monitor);
    }
    VarHandle.fullFence();
  }

  @Override public boolean testAndClear() {
    Faults.point(clearPoint);
    VarHandle.fullFence();
    boolean wasSet;
    synchronized (monitor) {
      wasSet = counter != 0;
      counter = 0;
    }
    VarHandle.fullFence();
    return wasSet;
  }

  @Override public void awaitSet() {
    Faults.point(waitPoint);
    VarHandle.fullFence();
    Wait wait = new Wait("event-notifier", name, "");
    WaitOutcome outcome;
    synchronized (monitor) {
      outcome = counter != 0
          ? WaitOutcome.IMMEDIATE
          : wait.block(monitor, new Waiter(), () -> counter != 0, false);
    }
    VarHandle.fullFence();
    wait.end(outcome);
  }

  @Override public boolean isSet() {
    synchronized (monitor) {
      return counter != 0;
    }
  }

  @Override public String toString() {
    synchronized (monitor) {
      return "event-notifier " + name + " (counter " + counter + ")";
    }
  }
}
