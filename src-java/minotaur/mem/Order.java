package minotaur.mem;

/**
 * The C11 memory order of a read-modify-write given explicitly ({@code atomic_exchange_explicit},
 * {@code atomic_compare_exchange_strong_explicit}, {@code atomic_fetch_add_explicit}), for code
 * and litmus tests that need a weaker RMW than the seq-cst one of {@code qemu/atomic.h}.
 *
 * <p>On the JVM a VarHandle RMW is at least acquire or release ({@code getAndSetAcquire},
 * {@code getAndSetRelease}); there is no relaxed one, so {@link Memory#jvm()} runs {@link #RELAXED}
 * as acquire: stronger than asked, which is safe for running code. The weak-memory explorer
 * models each order exactly.
 */
public enum Order {
  RELAXED, ACQUIRE, RELEASE, ACQ_REL, SEQ_CST;

  /** Whether the RMW's read part is an acquire (or stronger). */
  public boolean acquires() {
    return this == ACQUIRE || this == ACQ_REL || this == SEQ_CST;
  }

  /** Whether the RMW's write part is a release (or stronger). */
  public boolean releases() {
    return this == RELEASE || this == ACQ_REL || this == SEQ_CST;
  }
}
