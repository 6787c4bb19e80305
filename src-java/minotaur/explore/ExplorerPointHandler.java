package minotaur.explore;

import minotaur.fault.FaultPointHandler;
import minotaur.fault.Faults;

/**
 * Makes every {@code Faults.point} of an explored thread a scheduling point, and sends those of a
 * real-thread scenario run ({@link RealRun.RealThread}) to that run's own plan; any other thread
 * passes through to the handler that was installed before (a fault plan of a concurrent runner).
 * Installed while at least one exploration or real run runs; spurious wakeups of explored threads
 * are the explorer's own choice, not a fault plan's. Interrupt windows deliver on every thread of
 * a scenario, as the explorer's scenarios expect.
 */
final class ExplorerPointHandler implements FaultPointHandler {
  private static int users;
  private static FaultPointHandler saved;

  private final FaultPointHandler previous;

  private ExplorerPointHandler(FaultPointHandler previous) {
    this.previous = previous;
  }

  static synchronized void acquire() {
    if (users++ == 0) {
      saved = Faults.current();
      Faults.install(new ExplorerPointHandler(saved));
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
    } else if (Thread.currentThread() instanceof RealRun.RealThread real) {
      real.handler.at(point);
    } else if (previous != null) {
      previous.at(point);
    }
  }

  @Override public boolean spuriousWakeup(String point) {
    if (Thread.currentThread() instanceof RealRun.RealThread real) return real.handler.spuriousWakeup(point);
    return Worker.runOf(Thread.currentThread()) == null && previous != null && previous.spuriousWakeup(point);
  }
}
