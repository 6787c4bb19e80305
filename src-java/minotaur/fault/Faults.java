package minotaur.fault;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Named fault points. Ports call {@code Faults.point("xen.unlock.after-store")} wherever a delay
 * changes the interleaving. With no hook installed a point is one opaque load and a branch; an
 * opaque (not plain) load so that a JIT-compiled spin loop still sees a hook installed later.
 */
public final class Faults {
  private static final VarHandle HOOK;

  static {
    try {
      HOOK = MethodHandles.lookup().findStaticVarHandle(Faults.class, "hook", FaultHook.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // accessed through HOOK
  private static FaultHook hook;

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

  /** A fault point: applies the installed hook, if any. */
  public static void point(String name) {
    FaultHook h = (FaultHook) HOOK.getOpaque();
    if (h != null) h.at(name);
  }

  /** Whether an OS wait at {@code point} should wake spuriously now. */
  public static boolean spuriousWakeup(String point) {
    FaultHook h = (FaultHook) HOOK.getOpaque();
    return h != null && h.spuriousWakeup(point);
  }

  /**
   * Whether an interrupt window at {@code point} delivers an interrupt now: the installed plan's
   * {@code :interrupt} rules decide; with no hook, every window delivers.
   */
  public static boolean interrupt(String point) {
    FaultHook h = (FaultHook) HOOK.getOpaque();
    return h == null || h.interrupt(point);
  }

  /** Installs a hook for every thread; returns the previous one. */
  public static FaultHook install(FaultHook h) {
    return (FaultHook) HOOK.getAndSet(h);
  }

  /** Removes {@code h} if it is the installed hook; returns whether it was. */
  public static boolean uninstall(FaultHook h) {
    return HOOK.compareAndSet(h, null);
  }

  /** Removes any hook. */
  public static void clear() {
    HOOK.setVolatile(null);
  }

  /** The hook now installed, or null. */
  public static FaultHook current() {
    return (FaultHook) HOOK.getVolatile();
  }
}
