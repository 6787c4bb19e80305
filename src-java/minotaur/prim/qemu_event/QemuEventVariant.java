package minotaur.prim.qemu_event;

/**
 * Variants of the QemuEvent port (seed 003, BUGS.md). The seed is the Win32 fast path of
 * September 2015; {@link Flavour#FUTEX} runs the same state machine over a futex.
 */
public enum QemuEventVariant {
  /** The seed: userspace fast path over a lazily reset Win32 manual-reset event. */
  SEED(true),
  /** What the seed replaced: the plain Win32 event, one kernel call per operation (Win32 only). */
  BEFORE(false),
  /**
   * Later QEMU: {@code smp_mb()} before {@code qemu_event_set} loads {@code ev->value}
   * ("qemu_event_set has release semantics, but because it *loads* ev->value we need a full
   * memory barrier here"). On x86 the seed's {@code atomic_mb_read} is a plain load that can pass
   * the caller's store of its condition flag: the seed loses a wakeup under TSO, this does not.
   */
  FIXED(true),
  /**
   * QEMU of March 2023 ("qemu-thread-posix: cleanup, fix, document QemuEvent" and its Win32
   * twin, Paolo Bonzini: "QemuEvent is currently broken on ARM due to missing memory barriers
   * after qatomic_*()"): reset ORs unconditionally and then {@code smp_mb__after_rmw()}, set adds
   * {@code smp_mb__after_rmw()} after its xchg, wait loads with acquire (the Win32 wait, posted
   * with a relaxed load, is ported with the load-acquire later QEMU has there) and the Win32 wait
   * has an explicit {@code smp_mb()} after ResetEvent. In C11 a seq_cst RMW is not a
   * full fence, so FIXED's reset followed by the caller's check of its condition can be
   * reordered (store buffering with an RMW on one side): FIXED loses a wakeup under RA and RC11,
   * this does not.
   */
  FIXED_2023(true),
  /** Reset stores EV_FREE instead of OR-ing it: a waiter's BUSY becomes FREE (SC lost wakeup). */
  RESET_STORE(true),
  /** The waiter calls ResetEvent after the free→busy CAS: it can clear a SetEvent (SC, Win32 only). */
  RESET_EVENT_LATE(false),
  /** The waiter skips the free→busy CAS, so set never calls SetEvent (SC, Win32 only). */
  NO_BUSY(false),
  /** {@code atomic_mb_read} in set weakened to {@code atomic_read} (opaque). */
  SET_RELAXED_READ(true),
  /** {@code atomic_mb_read} in reset weakened to {@code atomic_read} (opaque). */
  RESET_RELAXED_READ(true),
  /** {@code atomic_mb_read} in wait weakened to {@code atomic_read} (opaque). */
  WAIT_RELAXED_READ(true);

  /** Which OS primitive backs the slow path. */
  public enum Flavour { WIN32, FUTEX }

  private final boolean futexToo;

  QemuEventVariant(boolean futexToo) {
    this.futexToo = futexToo;
  }

  /** Whether the variant exists for {@code flavour} (the Win32 slow-path mutants do not exist over a futex). */
  public boolean supports(Flavour flavour) {
    return flavour == Flavour.WIN32 || futexToo;
  }
}
