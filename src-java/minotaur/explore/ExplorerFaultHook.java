package minotaur.explore;

import minotaur.fault.FaultHook;
import minotaur.fault.Faults;

/**
 * Makes every {@code Faults.point} of an explored thread a scheduling point; any other thread
 * passes through to the hook that was installed before (a fault plan of a concurrent runner).
 * Installed while at least one exploration runs; spurious wakeups of explored threads are the
 * explorer's own choice, not a fault plan's.
 */
final class ExplorerFaultHook implements FaultHook {
  private static int users;
  private static FaultHook saved;

  private final FaultHook previous;

  private ExplorerFaultHook(FaultHook previous) {
    this.previous = previous;
  }

  static synchronized void acquire() {
    if (users++ == 0) {
      saved = Faults.current();
      Faults.install(new ExplorerFaultHook(saved));
    }
  }

  static synchronized void release() {
    if (--users == 0) {
      Faults.install(saved);
      saved = null;
    }
  }

  @Override public void at(String point) {
    Run run = Worker.runOf(Thread.currentThread());
    if (run != null) {
      run.faultPoint(point);
    } else if (previous != null) {
      previous.at(point);
    }
  }

  @Override public boolean spuriousWakeup(String point) {
    return Worker.runOf(Thread.currentThread()) == null && previous != null && previous.spuriousWakeup(point);
  }
}
