package minotaur.explore;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import minotaur.mem.IntCell;
import minotaur.os.Futex;

/**
 * {@code futex(FUTEX_WAIT/FUTEX_WAKE)}: wait compares the word (in memory, after draining the
 * caller's buffer) and goes to sleep in one atomic step, as the kernel does under the futex hash
 * lock; wake marks up to {@code count} sleepers on that word, oldest first.
 */
final class SimFutex extends SimOsObject implements Futex {
  private final List<Waiter> waiters = new ArrayList<>();

  SimFutex(Run run, String name) {
    super(run, name);
  }

  @Override public void await(IntCell word, int expected) {
    SimIntCell cell = (SimIntCell) word;
    String what = "wait(" + cell.name + ", " + expected + ")";
    int t = blockingCall(what, cell, null);
    int now = (Integer) cell.value;
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
    SimIntCell cell = (SimIntCell) word;
    String what = "wake(" + cell.name + ", " + (count == Integer.MAX_VALUE ? "all" : count) + ")";
    int t = blockingCall(what, cell, null);
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
}
