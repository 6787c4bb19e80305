package minotaur.fault;

/**
 * The fault handler of one run, for the threads bound to it ({@link Faults#bind}): a bound
 * thread's fault points go to this scope's handler and to no other, neither the global one
 * ({@link Faults#install}) nor another run's, and threads it starts afterwards inherit the binding.
 * So two runs in one JVM each see only their own plan, and each keeps its seeded decisions.
 *
 * <p>Closing a scope removes its handler for good: a thread of the run still alive afterwards (a
 * worker given up on and not yet out of its op) draws nothing at its points, no delay and no
 * spurious wakeup, and an interrupt window delivers, as with no handler at all. It cannot touch
 * the next run's plan, its per-process streams or its fault log.
 *
 * <p>A scope with a handler counts in {@link Faults}' count of handlers in force from its opening
 * to its closing; a scope opened without one (a run with no plan) never does, so its threads take
 * the one-load fast path and draw nothing.
 */
public final class FaultScope implements AutoCloseable {
  private volatile FaultPointHandler handler;

  private FaultScope(FaultPointHandler handler) {
    this.handler = handler;
  }

  /** A scope serving {@code handler} (null: its threads draw nothing) until closed. */
  public static FaultScope open(FaultPointHandler handler) {
    FaultScope s = new FaultScope(handler);
    if (handler != null) Faults.changeInForce(1);
    return s;
  }

  /** The handler, or null once closed (or if opened without one). */
  public FaultPointHandler handler() {
    return handler;
  }

  /** Removes the handler: the scope's threads draw nothing from now on. Idempotent. */
  @Override public void close() {
    boolean had;
    synchronized (this) {
      had = handler != null;
      handler = null;
    }
    if (had) Faults.changeInForce(-1);
  }
}
