package minotaur.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import minotaur.fault.FaultScope;

/**
 * The explored threads of one exploration and the baton they pass: at any moment exactly one of
 * the controller (the thread that called the explorer) and the workers runs; the others park.
 * A worker may pass the baton to another worker directly ({@link #handTo}).
 * {@link #turn} is the only synchronisation: a volatile write hands the baton over and the
 * receiver's volatile read of it orders everything the previous holder did before everything the
 * receiver does next, so the simulated memory, the runs' bookkeeping and the scenario's own
 * fields need no other fences. Workers are reused from run to run (a thread start costs more
 * than a whole small run).
 *
 * <p>The workers are bound to a fault scope of their own ({@link ExplorerPointHandler}) while the
 * exploration lasts, so their fault points are scheduling points whatever else runs in the JVM
 * (a stress run's plan reaches its own threads only), and no other thread's points are.
 */
final class Workers implements AutoCloseable {
  static final int CONTROLLER = -1;
  private static final int SPINS = 64;

  private final Thread controller = Thread.currentThread();
  private final FaultScope faults = FaultScope.open(ExplorerPointHandler.INSTANCE);
  private final List<Worker> workers = new ArrayList<>();
  private volatile int turn = CONTROLLER;
  /** Baton passes so far; written only by the baton's holder, so the baton orders it. */
  private long passes;

  /** Gives {@code body} to worker {@code index} for {@code run}, then runs it to its first scheduling point. */
  void start(int index, Run run, Runnable body) {
    while (workers.size() <= index) {
      Worker w = new Worker(this, workers.size(), faults);
      workers.add(w);
      w.start();
    }
    workers.get(index).assign(run, body);
    resume(index);
  }

  /** Controller: lets worker {@code index} run until its next scheduling point or its end. */
  void resume(int index) {
    pass(index);
    await(CONTROLLER);
  }

  /** Worker: hands the baton back to the controller and waits until resumed. */
  void yieldToController(int index) {
    handTo(index, CONTROLLER);
  }

  /** Worker {@code from}: hands the baton to {@code to} (a worker or the controller) and waits for its turn. */
  void handTo(int from, int to) {
    pass(to);
    await(from);
  }

  void await(int who) {
    for (int i = 0; i < SPINS && turn != who; i++) Thread.onSpinWait();
    while (turn != who) LockSupport.park(this);
  }

  /** How many times the baton changed hands (each a thread switch): the explorers' main fixed cost. */
  long passes() {
    return passes;
  }

  private void pass(int to) {
    passes++;
    turn = to;
    LockSupport.unpark(to == CONTROLLER ? controller : workers.get(to));
  }

  /** Ends the workers one at a time: each must see its own turn before the next is passed. */
  @Override public void close() {
    try {
      for (Worker w : workers) {
        w.shutdown();
        pass(w.index);
        try {
          w.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      turn = CONTROLLER;
    } finally {
      faults.close();
    }
  }
}
