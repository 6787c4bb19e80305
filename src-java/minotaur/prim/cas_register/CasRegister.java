package minotaur.prim.cas_register;

import minotaur.fault.Faults;
import minotaur.mem.LongCell;
import minotaur.mem.Memory;

/**
 * A compare-and-set register on one {@code mem} cell: the suite's end-to-end example, the object
 * Jepsen's and Knossos's cas-register tests exercise.
 *
 * <p>Implementation notes. The value lives in a {@link LongCell}. Reads and writes are volatile
 * (sequentially consistent), so every operation takes effect at one instant between its call and
 * return and the register is linearizable. {@link Variant#CORRECT} implements {@link #cas} with
 * the cell's atomic {@code compareAndExchange}: the comparison and the store are one indivisible
 * step. {@link Variant#MUTANT} reads, compares, and then writes: another write or CAS landing
 * between its read and its write is lost (two CAS from the same old value both succeed). The
 * fault point {@value #BETWEEN} sits in that window so that a delay fault widens it.
 */
public final class CasRegister {
  /** The fault point between MUTANT's read and its write. */
  public static final String BETWEEN = "cas-register.cas.between-read-and-write";

  /** How {@link #cas} is implemented. */
  public enum Variant {
    /** One atomic compare-and-exchange. */
    CORRECT,
    /** A read, then a write: not atomic, loses updates. */
    MUTANT
  }

  private final Variant variant;
  private final LongCell value;

  public CasRegister(Memory memory, Variant variant, long initial) {
    this.variant = variant;
    this.value = memory.longCell("value", initial);
  }

  public long read() {
    return value.getVolatile();
  }

  public void write(long v) {
    value.setVolatile(v);
  }

  /** Sets the value to {@code next} if it is {@code expected}; true if it did. */
  public boolean cas(long expected, long next) {
    if (variant == Variant.CORRECT) return value.compareAndExchange(expected, next) == expected;
    if (value.getVolatile() != expected) return false;
    Faults.point(BETWEEN);
    value.setVolatile(next);
    return true;
  }
}
