package minotaur.explore;

import minotaur.fault.FaultScope;
import minotaur.fault.Faults;

/**
 * One explored thread, reused across runs: it waits for the baton, runs the body it was given
 * for the current run (stopping at every scheduling point), records how the body ended, and
 * passes the baton on ({@link Run#yieldFrom}). Its fields are written by the controller before the baton is passed.
 */
final class Worker extends Thread {
  final int index;
  private final Workers workers;
  private final FaultScope faults;
  private Run run;
  private Runnable body;
  private boolean shutdown;

  Worker(Workers workers, int index, FaultScope faults) {
    super("minotaur-explore-T" + index);
    this.workers = workers;
    this.faults = faults;
    this.index = index;
    setDaemon(true);
  }

  void assign(Run run, Runnable body) {
    this.run = run;
    this.body = body;
  }

  void shutdown() {
    shutdown = true;
  }

  /** The run this worker is executing, if the current thread is a worker. */
  static Run runOf(Thread t) {
    return t instanceof Worker w ? w.run : null;
  }

  @Override public void run() {
    Faults.bind(faults);
    workers.await(index);
    while (!shutdown) {
      Run r = run;
      try {
        body.run();
      } catch (Abort a) {
        // the run ended without this thread; nothing to report
      } catch (Throwable e) {
        r.threadFailed(index, e);
      }
      r.threadFinished(index);
      r.yieldFrom(index);
    }
  }
}
