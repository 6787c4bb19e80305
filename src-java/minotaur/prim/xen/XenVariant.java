package minotaur.prim.xen;

import minotaur.family.Exposure;

/**
 * Variants of {@link XenSpinlock}: the seed (Linux 2.6.26 "xen: implement Xen-specific
 * spinlocks"), the byte lock it replaced, the later fixes, the mutants of BUGS.md (002), a control
 * that must pass, and one mutant per fence. The fence mutants weaken FIXED, not the seed: the
 * seed already fails under TSO, which would hide what each fence is for. Each names the weakest
 * memory model that breaks it, what breaks, and whether its runs deliver nested "interrupts".
 */
public enum XenVariant {
  /**
   * The seed, run without nested interrupts. Under x86-TSO it can lose a kick: unlock's {@code
   * barrier()} is only a compiler barrier, so its read of {@code spinners} can pass its store of
   * {@code lock = 0} (Linux later made it {@code mb()}; see {@link #FIXED}).
   */
  SEED(Exposure.TSO, "lost kick: unlock reads spinners before its lock=0 store is visible", false),
  /** The plain byte lock ({@code paravirt_use_bytelocks}): spins, never blocks. */
  BEFORE(Exposure.NONE, "correct", false),
  /**
   * Later Linux: unlock has {@code mb()} between the release store and the {@code spinners}
   * read; the slow path saves and restores the interrupted {@code lock_spinners}, re-sets the
   * pending bit when it took the lock over an interrupted spin, and loops on spurious wakeups. Runs
   * with nested interrupts.
   */
  FIXED(Exposure.NONE, "correct, with nested interrupts", true),
  /** The slow path skips the trylock after clearing pending: blocks on a free lock. */
  NO_RECHECK(Exposure.SC, "lost kick: CPU blocks on a free lock", false),
  /** Pending is cleared after the trylock, eating a kick sent in between. */
  CLEAR_AFTER_CHECK(Exposure.SC, "lost kick: the clear eats the unlocker's kick", false),
  /** unlock never checks {@code spinners}, so it never kicks. */
  NO_KICK(Exposure.SC, "lost kick: blocked spinners are never woken", false),
  /** The lock byte is taken with a read then a plain store instead of {@code xchgb}. */
  XCHG_AS_STORE(Exposure.SC, "two owners", false),
  /**
   * The seed's code with an interrupt handler that takes a second lock while the CPU spins in the
   * slow path: the nested slow path overwrites and then clears {@code lock_spinners}.
   */
  NESTING(Exposure.SC, "lost kick for the interrupted outer lock", true),
  /** Control: {@code spinners} incremented before {@code lock_spinners} is set; the recheck covers it. */
  COUNT_BEFORE_REGISTER(Exposure.TSO, "correct under SC (TSO: the seed's unlock bug)", false),
  /** FIXED whose unlock drops the later {@code mb()}: the seed's store-buffering lost kick again. */
  UNLOCK_NO_MB(Exposure.TSO, "lost kick: unlock reads spinners before its lock=0 store is visible", true),
  /** FIXED whose spinning_lock drops its wmb between {@code lock_spinners = xl} and {@code spinners++}. */
  REGISTER_NO_WMB(Exposure.WEAK, "the locked increment orders it on x86, and is a release in C11 (XenFamily)", true),
  /** FIXED whose unspinning_lock drops its wmb between {@code spinners--} and restoring {@code lock_spinners}. */
  UNREGISTER_NO_WMB(Exposure.WEAK, "the locked decrement orders it on x86; only plain stores follow in C11 (XenFamily)", true),
  /** FIXED whose unlock drops its smp_wmb before {@code lock = 0}: section stores may leak past it. */
  UNLOCK_NO_WMB(Exposure.WEAK, "x86 keeps stores in order; only the plain lock = 0 follows in C11 (XenFamily)", true);

  private final Exposure exposure;
  private final String failure;
  private final boolean nestedInterrupts;

  XenVariant(Exposure exposure, String failure, boolean nestedInterrupts) {
    this.exposure = exposure;
    this.failure = failure;
    this.nestedInterrupts = nestedInterrupts;
  }

  /** The weakest memory model under which this variant fails. */
  public Exposure exposure() { return exposure; }

  /** What goes wrong, in one phrase. */
  public String failure() { return failure; }

  /** Whether this variant is FIXED's code (later Linux) with at most one fence weakened. */
  public boolean fixedBase() {
    return this == FIXED || this == UNLOCK_NO_MB || this == REGISTER_NO_WMB
        || this == UNREGISTER_NO_WMB || this == UNLOCK_NO_WMB;
  }

  /** Whether runs of this variant deliver interrupts whose handler takes a second lock. */
  public boolean nestedInterrupts() { return nestedInterrupts; }
}
