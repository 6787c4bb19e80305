package minotaur.explore.memory;

import java.util.function.BooleanSupplier;

/**
 * What an explored thread is about to do at a scheduling point: the thread posts it and waits to
 * be chosen. The explorer reads it to decide whether the thread is enabled ({@link #enabled()}),
 * which shared objects the step touches (its footprint, for sleep-set reduction) and how to name
 * a thread that stays blocked. The step itself is executed by the thread once it is chosen, so
 * its effect is atomic: no other explored thread runs in between.
 */
public final class Action {
  /** How the memory model and the reduction treat the step. */
  public enum Kind {
    /** Touches nothing shared: a fault point, or a fence that orders nothing under the model. */
    LOCAL,
    LOAD,
    STORE,
    /** A read-modify-write: getAndSet, compareAndExchange, getAndAdd... */
    RMW,
    FENCE,
    /** An emulated OS call on {@link #target} (and {@link #other}): a full fence, then the call. */
    OS,
    /** Appending an op to the scenario's history (a step only when the history is checked). */
    RECORD
  }

  public final Kind kind;
  public final Object target;
  public final Object other;
  final Mode mode;
  final Fence fence;
  public final String label;
  private final BooleanSupplier guard;

  private Action(Kind kind, Object target, Object other, Mode mode, Fence fence, String label,
      BooleanSupplier guard) {
    this.kind = kind;
    this.target = target;
    this.other = other;
    this.mode = mode;
    this.fence = fence;
    this.label = label;
    this.guard = guard;
  }

  public static Action local(String label) {
    return new Action(Kind.LOCAL, null, null, null, null, label, null);
  }

  static Action load(SimCell cell, Mode mode) {
    return new Action(Kind.LOAD, cell, null, mode, null, null, null);
  }

  static Action store(SimCell cell, Mode mode) {
    return new Action(Kind.STORE, cell, null, mode, null, null, null);
  }

  static Action rmw(SimCell cell) {
    return new Action(Kind.RMW, cell, null, null, null, null, null);
  }

  static Action fence(Fence fence) {
    return new Action(Kind.FENCE, null, null, null, fence, fence.method, null);
  }

  /** An OS call on {@code target} (and {@code other}, e.g. a condvar's mutex or a futex word). */
  public static Action os(Object target, Object other, String label, BooleanSupplier guard) {
    return new Action(Kind.OS, target, other, null, null, label, guard);
  }

  public static Action record(Object history) {
    return new Action(Kind.RECORD, history, null, null, null, "record", null);
  }

  /** False while the thread is blocked (a mutex held by another thread, an unsignalled event...). */
  public boolean enabled() {
    return guard == null || guard.getAsBoolean();
  }

  /** Whether this step can block its thread. */
  boolean blocking() {
    return guard != null;
  }
}
