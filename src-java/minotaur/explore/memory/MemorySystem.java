package minotaur.explore.memory;

import java.util.function.UnaryOperator;

/**
 * The semantics of one memory model for one run: what a load returns, where a store goes, what a
 * fence or an OS call does, and which extra choices (store-buffer flushes) the model offers the
 * scheduler. Cells keep the value in main memory ({@link SimCell#value}); a model may keep more
 * state per thread (store buffers).
 *
 * <p>All calls come from the one thread that holds the baton, so implementations need no
 * synchronisation. Thread numbers are the scenario's thread indexes.
 *
 * <p><b>Adding a weaker model</b> (release/acquire with load buffering, closer to ARM): such a
 * model cannot keep one value per cell. It needs, per cell, the list of stores in modification
 * order with a timestamp each; per thread, a view (the newest timestamp it has seen per cell);
 * release stores carrying the writer's view and acquire loads joining it. A load then has several
 * legal results (any store not older than the thread's view of the cell), which becomes a choice
 * of the scheduler: this interface would grow a {@code loadChoices(thread, cell)} count, the
 * schedule a value choice per such load (the token format already separates choices, so a value
 * choice is one more kind), and {@link #footprint} would have loads of a cell conflict with every
 * store to it. Load buffering (a load reading a store that comes later in another thread's program
 * order) additionally needs promises (Kang et al., "A promising semantics for relaxed-memory
 * concurrency", POPL 2017): a thread may promise a future store, other threads may read it, and
 * the promise must be fulfilled before the run ends (a run that cannot fulfil it is discarded).
 * The scheduler's baton passing is unchanged by all this; only choices are added.
 */
public interface MemorySystem {
  Object load(int thread, SimCell cell, Mode mode);

  void store(int thread, SimCell cell, Object value, Mode mode);

  /** An atomic read-modify-write; returns the old value. */
  Object readModifyWrite(int thread, SimCell cell, UnaryOperator<Object> f);

  /**
   * A read-modify-write with C11 orders that writes {@code f(old)} only if {@code succeeds(old)}
   * (a compare-and-exchange fails otherwise: a read in the {@code failure} order). Models that
   * do not tell orders apart run the plain {@link #readModifyWrite}.
   */
  default Object readModifyWrite(int thread, SimCell cell, UnaryOperator<Object> f,
      java.util.function.Predicate<Object> succeeds, minotaur.mem.Order success, minotaur.mem.Order failure) {
    // A failed compare-and-exchange writes nothing (it used to write f(old) regardless).
    return readModifyWrite(thread, cell, old -> succeeds.test(old) ? f.apply(old) : old);
  }

  void fence(int thread, Fence fence);

  /** Whether this is the execution-graph engine (OS objects then split some calls into steps). */
  default boolean graph() {
    return false;
  }

  /**
   * Every emulated OS call acts as a full fence (PORTING.md). {@code object} is a key naming the
   * OS object called, the same in every run ({@link CellHost#cellKey}); {@code name} its name.
   */
  void osCall(int thread, long object, String name);

  /** Adds what the memory side of {@code action} by {@code thread} reads and writes. */
  void footprint(int thread, Action action, Footprint into);

  /** Whether the model offers a flush of {@code thread}'s store buffer now. */
  boolean canFlush(int thread);

  /** Flushes the oldest buffered store of {@code thread} to memory; returns what it wrote. */
  String flush(int thread);

  /** What a flush of {@code thread}'s buffer would write. */
  void flushFootprint(int thread, Footprint into);

  /** The non-empty store buffers, e.g. {@code "T0[x=1, y=2]"}; empty if there are none. */
  String buffers();
}
