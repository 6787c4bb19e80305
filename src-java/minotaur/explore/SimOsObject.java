package minotaur.explore;

import java.util.function.BooleanSupplier;

/**
 * Base of the explorer's OS objects. Every call by an explored thread is one scheduling point and
 * one atomic step that first drains the caller's store buffer (each OS call is a full fence,
 * PORTING.md). A blocking call is a step whose guard is false while the thread must sleep: the
 * scheduler does not choose a disabled thread, so a thread that is never woken shows up as a
 * deadlock or lost wakeup. Calls from threads outside the run (the scenario's setup, end checks)
 * act directly, without scheduling; they may not block.
 */
abstract class SimOsObject {
  /** A thread sleeping in a wait, until a wake marks it. */
  static final class Waiter {
    final Object key;
    boolean woken;

    Waiter(Object key) {
      this.key = key;
    }
  }

  final Run run;
  final String name;

  SimOsObject(Run run, String name) {
    this.run = run;
    this.name = name;
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
    run.point(t, Action.os(this, other, name + "." + what, guard));
    run.memory.osCall(t);
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
    boolean spurious = run.spuriousWakeups;
    run.point(t, Action.os(this, other, name + "." + what,
        () -> (w.woken || spurious) && alsoNeeded.getAsBoolean()));
    run.memory.osCall(t);
  }

  final void trace(int t, String text) {
    if (run.tracing && t >= 0) run.trace(t, name + "." + text);
  }

  @Override public String toString() {
    return name;
  }
}
