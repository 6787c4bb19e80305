package minotaur.explore.memory;

import java.util.function.UnaryOperator;

/**
 * A simulated shared cell. {@link #value} is the cell's value in main memory; the run's {@link
 * MemorySystem} decides what loads see and where stores go. An access by an explored thread of
 * the owning run is a scheduling point: the thread posts the access, waits to be chosen, then
 * performs it atomically; a traced run records it as a visit of the point the access passes on
 * real threads ({@link PointedMemory}). Any other thread (the scenario's setup, the end-of-run
 * invariants) reads and writes main memory directly, without scheduling.
 */
public abstract class SimCell {
  final CellHost run;
  final String name;
  /** Names the same cell in every run: the creating thread and its count of cells so far. */
  final long key;
  /** The value in main memory; boxed (Integer, Long, Boolean) or a reference. */
  Object value;

  SimCell(CellHost run, String name, Object initial) {
    this.run = run;
    this.name = name;
    this.key = run.cellKey();
    this.value = initial;
  }

  public final String name() {
    return name;
  }

  final Object load(Mode mode) {
    int t = run.current();
    if (t < 0) return value;
    run.point(t, Action.load(this, mode));
    if (run.tracing()) run.visit(t, PointedMemory.point(name));
    Object v = run.memory().load(t, this, mode);
    if (run.tracing()) run.trace(t, name + "." + mode.load() + "() = " + show(v));
    return v;
  }

  final void store(Object v, Mode mode) {
    int t = run.current();
    if (t < 0) {
      value = v;
      return;
    }
    run.point(t, Action.store(this, mode));
    if (run.tracing()) run.visit(t, PointedMemory.point(name));
    run.memory().store(t, this, v, mode);
    if (run.tracing()) run.trace(t, name + "." + mode.store() + "(" + show(v) + ")");
  }

  /** An atomic read-modify-write named {@code op} (for the trace) with argument {@code arg}. */
  final Object update(String op, Object arg, UnaryOperator<Object> f) {
    int t = run.current();
    if (t < 0) {
      Object old = value;
      value = f.apply(old);
      return old;
    }
    run.point(t, Action.rmw(this));
    if (run.tracing()) run.visit(t, PointedMemory.point(name));
    Object old = run.memory().readModifyWrite(t, this, f);
    if (run.tracing()) {
      run.trace(t, name + "." + op + "(" + arg + ") = " + show(old) + ", now " + show(value));
    }
    return old;
  }

  /**
   * An update with explicit C11 orders that writes {@code f(old)} only when {@code succeeds(old)}
   * (otherwise, as a failed compare-and-exchange, it only reads, in order {@code failure}).
   */
  final Object update(String op, Object arg, UnaryOperator<Object> f, java.util.function.Predicate<Object> succeeds,
      minotaur.mem.Order success, minotaur.mem.Order failure) {
    int t = run.current();
    if (t < 0) {
      Object old = value;
      if (succeeds.test(old)) value = f.apply(old);
      return old;
    }
    run.point(t, Action.rmw(this));
    if (run.tracing()) run.visit(t, PointedMemory.point(name));
    Object old = run.memory().readModifyWrite(t, this, f, succeeds, success, failure);
    if (run.tracing()) {
      run.trace(t, name + "." + op + "(" + arg + ", " + success + ") = " + show(old) + ", now " + show(value));
    }
    return old;
  }

  /** The value in main memory, read without a scheduling point. */
  public final Object mainMemoryValue() {
    return value;
  }

  /** The main-memory value, for the scenario's end checks. */
  @Override public String toString() {
    return name + "=" + show(value);
  }

  static String show(Object v) {
    return String.valueOf(v);
  }
}
