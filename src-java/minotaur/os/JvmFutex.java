package minotaur.os;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import minotaur.fault.Faults;
import minotaur.mem.IntCell;

/**
 * The futex syscall: one monitor stands for the kernel's hash-bucket lock, and a FIFO list of
 * (waiter, word) pairs for the bucket's queue; words are compared by identity, as addresses are.
 *
 * <p>Wait re-reads the word under the monitor and returns at once if it differs from
 * {@code expected}; otherwise it queues itself before releasing the monitor. Wake takes the same
 * monitor, so it either finds the waiter queued, or runs entirely before the waiter's check, in
 * which case the waker's store to the word (program-ordered before its wake, and the monitor
 * release/acquire order it before the check) is seen and the waiter does not sleep: no lost wakeup
 * whatever access mode the port used for the store. This is {@code futex_wait}'s contract.
 *
 * <p>Spurious returns (Linux returns on signals) happen only when injected: the fault hook is asked
 * at {@code os.futex.wait@name} when the call is about to sleep, or through {@link BlockedWait#wakeSpuriously()}. A waiter abandoned
 * after being woken passes its wake on to the next waiter on the same word.
 *
 * <p>Memory: every call is bracketed by {@code VarHandle.fullFence()} (a syscall).
 */
final class JvmFutex implements Futex {
  private record Queued(Waiter waiter, IntCell word) {}

  private final String name;
  private final String waitPoint;
  private final String wakePoint;
  private final Object monitor = new Object();
  private final List<Queued> queue = new ArrayList<>(); // guarded by monitor

  JvmFutex(String name) {
    this.name = name;
    this.waitPoint = "os.futex.wait@" + name;
    this.wakePoint = "os.futex.wake@" + name;
  }

  @Override public String name() { return name; }

  @Override public void await(IntCell word, int expected) {
    Faults.point(waitPoint);
    VarHandle.fullFence();
    Wait wait = new Wait("futex", name, word.name() + " == " + expected);
    WaitOutcome outcome;
    synchronized (monitor) {
      if (word.getVolatile() != expected) {
        outcome = WaitOutcome.IMMEDIATE;
      } else if (Faults.spuriousWakeup(waitPoint)) {
        outcome = WaitOutcome.SPURIOUS;
      } else {
        Queued q = new Queued(new Waiter(), word);
        queue.add(q);
        outcome = wait.block(monitor, q.waiter(), null, true);
        queue.remove(q);
        if (outcome == WaitOutcome.ABANDONED && q.waiter().state == Waiter.WOKEN) wakeLocked(word, 1);
      }
    }
    VarHandle.fullFence();
    wait.end(outcome);
  }

  @Override public void wake(IntCell word, int count) {
    Faults.point(wakePoint);
    VarHandle.fullFence();
    synchronized (monitor) {
      wakeLocked(word, count);
    }
    VarHandle.fullFence();
  }

  private void wakeLocked(IntCell word, int count) {
    int woken = 0;
    for (Iterator<Queued> it = queue.iterator(); it.hasNext() && woken < count; ) {
      Queued q = it.next();
      if (q.word() == word && q.waiter().state == Waiter.WAITING) {
        q.waiter().state = Waiter.WOKEN;
        it.remove();
        woken++;
      }
    }
    if (woken > 0) OsMonitor.wakeAll(monitor);
  }

  @Override public String toString() {
    synchronized (monitor) {
      return "futex " + name + " (" + queue.size() + " waiting)";
    }
  }
}
