package minotaur.explore.sim;

import java.util.function.BooleanSupplier;

/**
 * Base of the explorer's OS objects. Every call by an explored thread is one scheduling point and
 * one atomic step that first drains the caller's store buffer (each OS call is a full fence,
 * PORTING.md). A blocking call is a step whose guard is false while the thread must sleep: the
 * scheduler does not choose a disabled thread, so a thread that is never woken shows up as a
 * deadlock or lost wakeup. Calls from threads outside the run (the scenario's setup, end checks)
 * act directly, without scheduling; they may not block.
 */
public abstract class SimOsObject {
  /** A thread sleeping in a wait, until a wake marks it. */
  static final class Waiter {
    final Object key;
    boolean woken;

    Waiter(Object key) {
      this.key = key;
    }
  }

  final OsHost run;
  final String name;
  private final String kind;
  private final long key;

  /** {@code kind} as {@code minotaur.os} names it in its fault points: {@code futex}, {@code cond}... */
  SimOsObject(OsHost run, String kind, String name) {
    this.run = run;
    this.kind = kind;
    this.name = name;
    this.key = run.cellKey();
  }

  /** This object's key, the same in every run of the scenario ({@link OsHost#cellKey}). */
  public final long key() {
    return key;
  }

  /**
   * Records thread {@code t}'s {@code call} as a visit of the point the JVM's implementation
   * passes on entry ({@code os.<kind>.<call>@<name>}), so a plan can order OS calls too.
   */
  final void visit(int t, String call) {
    if (t >= 0 && run.tracing()) run.visit(t, "os." + kind + "." + call + "@" + name);
  }

  public final String name() {
    return name;
  }

  /**
   * The scheduling point of a call named {@code what} that also touches {@code other}, enabled
   * when {@code guard} holds (null: always). Returns the calling thread, or -1 outside the run.
   */
  final int call(String what, Object other, BooleanSupplier guard) {
    int t = run.current();
    if (t < 0) return -1;
    run.osCall(t, this, other, name + "." + what, guard);
    return t;
  }

  /** Like {@link #call} for a call that may block: only explored threads may make it. */
  final int blockingCall(String what, Object other, BooleanSupplier guard) {
    int t = call(what, other, guard);
    if (t < 0) throw new IllegalStateException(name + "." + what + " outside an explored thread");
    return t;
  }

  /** The second step of a two-step wait: sleeps until {@code w} is woken (or spuriously, if allowed). */
  final void sleep(int t, String what, Object other, Waiter w, BooleanSupplier alsoNeeded) {
    boolean spurious = run.spuriousWakeups();
    run.osCall(t, this, other, name + "." + what,
        () -> (w.woken || spurious) && alsoNeeded.getAsBoolean());
  }

  final void trace(int t, String text) {
    if (run.tracing() && t >= 0) run.trace(t, name + "." + text);
  }

  @Override public String toString() {
    return name;
  }
}
