package minotaur.explore.sim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import minotaur.mem.IntCell;
import minotaur.os.Futex;

/**
 * {@code futex(FUTEX_WAIT/FUTEX_WAKE)}: wait compares the word (in memory, after draining the
 * caller's buffer) and goes to sleep in one atomic step, as the kernel does under the futex hash
 * lock; wake marks up to {@code count} sleepers on that word, oldest first.
 *
 * <p>On execution graphs the word read is an event of its own (a seq_cst read of the word), so
 * wait takes three steps: the call (an OS event, which takes the futex hash lock), the read, then
 * an OS event that compares, enqueues and releases the lock; no other futex call runs in between,
 * as none can while the kernel holds that lock. The release is an event so that the graph says
 * what the lock does: a wake that a backward revisit has read the call itself finds the lock held
 * and stays a blocked read until the release revisits it ({@code Trust}'s blocking), as GenMC
 * models a lock. Without it the wake could only follow the word read in a re-execution that took
 * the waiter's events first, and which graphs were explored depended on the order of threads.
 */
final class SimFutex extends SimOsObject implements Futex {
  private final List<Waiter> waiters = new ArrayList<>();
  /** The thread inside a two-step wait (graph engine), or -1. */
  private int bucketHolder = -1;

  SimFutex(OsHost run, String name) {
    super(run, "futex", name);
  }

  @Override public void await(IntCell word, int expected) {
    IntCell cell = word;
    String what = "wait(" + cell.name() + ", " + expected + ")";
    boolean graph = run.graph();
    int t = blockingCall(what, cell, graph ? this::bucketFree : null);
    visit(t, "wait");
    int now;
    if (graph) {
      bucketHolder = t;
      now = cell.getVolatile();
      run.osCall(t, this, cell, name + "." + what + " unlocks the bucket", null);
      bucketHolder = -1;
    } else {
      now = run.inMemory(cell);
    }
    if (now != expected) {
      trace(t, what + ": word is " + now + ", returns");
      return;
    }
    Waiter w = new Waiter(cell);
    waiters.add(w);
    trace(t, what + ": sleeps");
    sleep(t, what, cell, w, () -> true);
    waiters.remove(w);
    trace(t, what + ": " + (w.woken ? "woken" : "spurious wakeup"));
  }

  @Override public void wake(IntCell word, int count) {
    IntCell cell = word;
    String what = "wake(" + cell.name() + ", " + (count == Integer.MAX_VALUE ? "all" : count) + ")";
    int t = blockingCall(what, cell, run.graph() ? this::bucketFree : null);
    visit(t, "wake");
    int woken = 0;
    for (Iterator<Waiter> it = waiters.iterator(); it.hasNext() && woken < count; ) {
      Waiter w = it.next();
      if (w.key == cell && !w.woken) {
        w.woken = true;
        woken++;
      }
    }
    trace(t, what + ": wakes " + woken);
  }

  private boolean bucketFree() {
    return bucketHolder < 0;
  }
}
