package minotaur.explore.sim;

import java.util.function.BooleanSupplier;
import minotaur.mem.IntCell;

/**
 * What a simulated OS object needs from the run it belongs to (the explorer's {@code Run}
 * implements it): which explored thread is calling, the scheduling point of a call, and tracing.
 * It keeps this package below the scheduler, which creates the objects through {@link SimOs}.
 */
public interface OsHost {
  /** The explored thread making the call, or -1 for any other thread (setup, end checks). */
  int current();

  /**
   * Thread {@code t}'s scheduling point for an OS call named {@code label} on {@code target} (and
   * {@code other}, an OS object or a memory cell the call also touches), enabled while
   * {@code guard} holds (null: always); once chosen, drains the caller's store buffer, since each
   * OS call is a full fence.
   */
  void osCall(int t, SimOsObject target, Object other, String label, BooleanSupplier guard);

  /**
   * A key naming the next object the calling thread creates, the same in every run of the
   * scenario (the execution-graph engine gives each OS object its own location under it).
   */
  long cellKey();

  /** Whether waits may end spuriously in this run. */
  boolean spuriousWakeups();

  /** Whether the run explores execution graphs (a futex wait then reads its word as an event). */
  boolean graph();

  /** {@code word}'s value in main memory, read without a scheduling point. */
  int inMemory(IntCell word);

  boolean tracing();

  /** Records thread {@code t}'s visit of the named point (traced runs only). */
  void visit(int t, String point);

  void trace(int t, String text);
}
