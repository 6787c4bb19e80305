package minotaur.fault;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Named fault points. Ports call {@code Faults.point("xen.unlock.after-store")} wherever a delay
 * changes the interleaving.
 *
 * <p>Whose handler a point applies: a thread bound to a run's {@link FaultScope} (the runner binds
 * its threads, and threads they start inherit the binding) takes that scope's handler, or none
 * once the run has ended; any other thread takes the global handler ({@link #install}: a test's
 * choreography, a plan installed by hand). So a run's plan reaches its own threads only.
 *
 * <p>Fast path: {@link #inForce} counts the global handler and the open scopes that have one.
 * While it is zero a point is one opaque load and a branch; an opaque (not plain) load so that a
 * JIT-compiled spin loop still sees a handler put in force later. Only when it is not zero does a
 * point look up its thread's binding.
 */
public final class Faults {
  private static final VarHandle IN_FORCE;

  static {
    try {
      IN_FORCE = MethodHandles.lookup().findStaticVarHandle(Faults.class, "inForce", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // accessed through IN_FORCE, written under the class lock
  private static int inForce;
  private static volatile FaultPointHandler global;

  private static final ThreadLocal<Long> PROCESS = new ThreadLocal<>();
  private static final InheritableThreadLocal<FaultScope> SCOPE = new InheritableThreadLocal<>();

  private Faults() {}

  /**
   * Binds the calling thread to a Jepsen process (the runner does this on each worker thread), so
   * a fault plan draws this thread's decisions from the stream of (seed, process): the same seed
   * and plan replay the same decisions per process.
   */
  public static void bindProcess(long process) {
    PROCESS.set(process);
  }

  /** The calling thread's process, or null if unbound. */
  public static Long process() {
    return PROCESS.get();
  }

  /**
   * Binds the calling thread, and the threads it starts from now on, to {@code scope} (null:
   * unbinds it, back to the global handler); returns its previous scope, to restore.
   */
  public static FaultScope bind(FaultScope scope) {
    FaultScope previous = SCOPE.get();
    if (scope == null) SCOPE.remove();
    else SCOPE.set(scope);
    return previous;
  }

  /** A fault point: applies the calling thread's handler, if any. */
  public static void point(String name) {
    if ((int) IN_FORCE.getOpaque() != 0) {
      FaultPointHandler h = handler();
      if (h != null) h.at(name);
    }
  }

  /** Whether an OS wait at {@code point} should wake spuriously now. */
  public static boolean spuriousWakeup(String point) {
    if ((int) IN_FORCE.getOpaque() == 0) return false;
    FaultPointHandler h = handler();
    return h != null && h.spuriousWakeup(point);
  }

  /**
   * Whether an interrupt window at {@code point} delivers an interrupt now: the calling thread's
   * plan's {@code :interrupt} rules decide; with no handler, every window delivers.
   */
  public static boolean interrupt(String point) {
    if ((int) IN_FORCE.getOpaque() == 0) return true;
    FaultPointHandler h = handler();
    return h == null || h.interrupt(point);
  }

  /** The calling thread's handler: its scope's (null once closed) if bound, else the global one. */
  private static FaultPointHandler handler() {
    FaultScope s = SCOPE.get();
    return s != null ? s.handler() : global;
  }

  /** Installs the handler of every thread bound to no run; returns the previous one. */
  public static synchronized FaultPointHandler install(FaultPointHandler h) {
    FaultPointHandler previous = global;
    global = h;
    changeInForce((h != null ? 1 : 0) - (previous != null ? 1 : 0));
    return previous;
  }

  /** Removes {@code h} if it is the installed global handler; returns whether it was. */
  public static synchronized boolean uninstall(FaultPointHandler h) {
    if (global != h) return false;
    install(null);
    return true;
  }

  /** Removes any global handler. */
  public static void clear() {
    install(null);
  }

  /** The global handler now installed, or null. */
  public static FaultPointHandler current() {
    return global;
  }

  /** Counts handlers put in force ({@code delta} 1) or taken out (-1), for the fast path. */
  static synchronized void changeInForce(int delta) {
    IN_FORCE.setVolatile((int) IN_FORCE.getVolatile() + delta);
  }
}
