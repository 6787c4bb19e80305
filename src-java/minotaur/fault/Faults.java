package minotaur.fault;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Named fault points. Ports call {@code Faults.point("xen.unlock.after-store")} wherever a delay
 * changes the interleaving. With no handler installed a point is one opaque load and a branch; an
 * opaque (not plain) load so that a JIT-compiled spin loop still sees a handler installed later.
 */
public final class Faults {
  private static final VarHandle HANDLER;

  static {
    try {
      HANDLER = MethodHandles.lookup().findStaticVarHandle(Faults.class, "handler", FaultPointHandler.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // accessed through HANDLER
  private static FaultPointHandler handler;

  private static final ThreadLocal<Long> PROCESS = new ThreadLocal<>();

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

  /** A fault point: applies the installed handler, if any. */
  public static void point(String name) {
    FaultPointHandler h = (FaultPointHandler) HANDLER.getOpaque();
    if (h != null) h.at(name);
  }

  /** Whether an OS wait at {@code point} should wake spuriously now. */
  public static boolean spuriousWakeup(String point) {
    FaultPointHandler h = (FaultPointHandler) HANDLER.getOpaque();
    return h != null && h.spuriousWakeup(point);
  }

  /**
   * Whether an interrupt window at {@code point} delivers an interrupt now: the installed plan's
   * {@code :interrupt} rules decide; with no handler, every window delivers.
   */
  public static boolean interrupt(String point) {
    FaultPointHandler h = (FaultPointHandler) HANDLER.getOpaque();
    return h == null || h.interrupt(point);
  }

  /** Installs a handler for every thread; returns the previous one. */
  public static FaultPointHandler install(FaultPointHandler h) {
    return (FaultPointHandler) HANDLER.getAndSet(h);
  }

  /** Removes {@code h} if it is the installed handler; returns whether it was. */
  public static boolean uninstall(FaultPointHandler h) {
    return HANDLER.compareAndSet(h, null);
  }

  /** Removes any handler. */
  public static void clear() {
    HANDLER.setVolatile(null);
  }

  /** The handler now installed, or null. */
  public static FaultPointHandler current() {
    return (FaultPointHandler) HANDLER.getVolatile();
  }
}
