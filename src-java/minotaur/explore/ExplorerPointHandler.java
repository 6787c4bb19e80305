package minotaur.explore;

import minotaur.fault.FaultPointHandler;

/**
 * The fault handler of explored threads ({@link Workers} binds each of its workers to a scope
 * serving it): every {@code Faults.point} becomes a scheduling point of the worker's current run.
 * Spurious wakeups of explored threads are the explorer's own choice, never a fault plan's, and
 * interrupt windows deliver every time, as the explorer's scenarios expect.
 */
final class ExplorerPointHandler implements FaultPointHandler {
  static final ExplorerPointHandler INSTANCE = new ExplorerPointHandler();

  private ExplorerPointHandler() {}

  @Override public void at(String point) {
    Run run = Worker.runOf(Thread.currentThread());
    if (run != null) run.faultPoint(point);
  }
}
