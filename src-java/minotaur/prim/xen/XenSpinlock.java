package minotaur.prim.xen;

import minotaur.fault.Faults;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.mem.RefCell;
import minotaur.os.Abandoned;
import minotaur.os.XenEventChannel;

/**
 * Linux's Xen paravirt byte spinlock (arch/x86/xen/smp.c, 2.6.26; seed 002).
 *
 * <p>Implementation notes. {@code lock} is a byte, 0 free and 1 held, taken with {@code xchgb}
 * ({@code getAndSet}, seq-cst: it is a locked instruction). {@code lock} spins on it {@code
 * spinCount} times (2^10 in the seed; a parameter here so tests can force the slow path) re-reading
 * it with {@code cmpb} (opaque: the asm re-reads memory on every iteration). Then the slow path:
 * register in {@code lock_spinners[cpu]} and count in {@code spinners} (a {@code LOCK incw},
 * {@code getAndAdd}), clear the CPU's kicker irq, try the lock once more, and block in {@code
 * xen_poll_irq} until kicked. {@code unlock} stores {@code lock = 0} (plain, after an {@code
 * smp_wmb} that keeps the critical section's stores before it) and, if {@code spinners != 0}, kicks
 * the first CPU whose {@code lock_spinners} is this lock.
 *
 * <p>No lost kick (under SC): the waiter's order is register, clear, trylock, poll; the unlocker's
 * is release, read spinners, scan, kick. If the waiter's trylock fails, the release came after it,
 * hence after the registration, so the unlocker sees the count and the registration and its kick
 * lands after the clear: poll returns. The recheck and the clear-before-check order are both
 * needed ({@link XenVariant#NO_RECHECK}, {@link XenVariant#CLEAR_AFTER_CHECK}). Under x86-TSO the
 * seed's unlock is a store followed by a load of another location with only a compiler {@code
 * barrier()} between: the load can pass the buffered store, the unlocker sees {@code spinners ==
 * 0} while the waiter's trylock still sees the lock held. Linux fixed it with {@code mb()}
 * ({@link XenVariant#FIXED}, a {@code fullFence}). The store-store fences around the
 * registration order it for weak models only: on x86 the locked increment already drains the
 * store buffer.
 *
 * <p>Nesting: an interrupt handler that takes another lock while this CPU is in the slow path
 * overwrites {@code lock_spinners[cpu]} and sets it to null on the way out; an unlock of the outer
 * lock then finds nobody to kick. {@link XenVariant#FIXED} saves the previous value and restores
 * it, and when the nested slow path takes its lock by the recheck it re-sets the pending bit, since
 * its clear may have eaten the outer lock's kick; a nested slow path that was kicked leaves the bit
 * set.
 *
 * <p>Fault points ({@code xen.*}) sit after every store of the protocol, between each store and
 * the following fence or load, and at the slow path's interrupt windows (which also run nested
 * interrupt handlers, see {@link XenLockCpus}).
 */
public final class XenSpinlock {
  /** The spin count of the seed. */
  public static final int SEED_SPIN_COUNT = 1 << 10;

  private final String name;
  private final XenLockCpus cpus;
  private final XenVariant variant;
  private final Memory mem;
  private final int spinCount;
  /** {@code unsigned char lock}: 0 free, 1 locked. */
  private final IntCell lock;
  /** {@code unsigned short spinners}: CPUs in the slow path (byte lock: CPUs spinning). */
  private final IntCell spinners;

  public XenSpinlock(String name, Memory mem, XenLockCpus cpus, XenVariant variant, int spinCount) {
    if (spinCount < 1) throw new IllegalArgumentException("spin count must be >= 1, got " + spinCount);
    this.name = name;
    this.cpus = cpus;
    this.variant = variant;
    this.mem = mem;
    this.spinCount = spinCount;
    this.lock = mem.intCell(name + ".lock", 0);
    this.spinners = mem.intCell(name + ".spinners", 0);
  }

  public XenVariant variant() { return variant; }

  /** {@code xen_spin_is_locked}. */
  public boolean isLocked() {
    return lock.getPlain() != 0;
  }

  /** {@code xen_spin_is_contended}: only counts lock-takers in the slow path. */
  public boolean isContended() {
    return spinners.getPlain() != 0;
  }

  /** {@code spinners}, for invariant checks at rest. */
  public int spinnersAtRest() {
    return spinners.getVolatile();
  }

  /** {@code xen_spin_trylock}. */
  public boolean trylock() {
    return xchgLock() == 0;
  }

  /** {@code xchgb} of 1 into the lock byte; the mutant reads then stores. */
  private int xchgLock() {
    if (variant != XenVariant.XCHG_AS_STORE) return lock.getAndSet(1);
    int old = lock.getPlain();
    Faults.point("xen.xchg.between-read-and-store");
    lock.setPlain(1);
    return old;
  }

  /** {@code xen_spin_lock} on the calling CPU {@code cpu}. */
  public void lock(int cpu) {
    if (variant == XenVariant.BEFORE) {
      byteSpinLock();
      return;
    }
    while (spin() != 0 && !lockSlow(cpu)) {
      Faults.point("xen.lock.retry");
    }
  }

  /** The asm loop: xchg; if busy, cmpb until free (then xchg again) or the count runs out. */
  private int spin() {
    int timeout = spinCount;
    while (true) {
      Faults.point("xen.lock.before-xchg");
      int old = xchgLock();
      if (old == 0) return 0;
      boolean free = false;
      do {
        cpuRelax();
        if (lock.getOpaque() == 0) {
          free = true;
          break;
        }
      } while (--timeout != 0);
      if (!free) return old;
    }
  }

  /** {@code __byte_spin_lock}: xchg; if busy, count as spinner and spin until the byte clears. */
  private void byteSpinLock() {
    while (true) {
      Faults.point("xen.lock.before-xchg");
      if (lock.getAndSet(1) == 0) return;
      spinners.getAndAdd(1);
      while (lock.getOpaque() == 1) {
        cpuRelax();
      }
      spinners.getAndAdd(-1);
    }
  }

  /**
   * {@code rep;nop}. A CPU thread the runner abandoned stops here (as a descheduled vCPU would),
   * so it cannot come back later as a second copy of its CPU.
   */
  private static void cpuRelax() {
    Thread.onSpinWait();
    if (Thread.currentThread().isInterrupted()) throw new Abandoned("xen spin");
  }

  /** {@code xen_spin_lock_slow}: true if it took the lock, false to spin again. */
  private boolean lockSlow(int cpu) {
    int irq = cpus.lockKickerIrq(cpu);
    if (irq == -1) return false;
    Faults.point("xen.slow.enter");
    return variant.fixedBase() ? lockSlowFixed(cpu, irq) : lockSlowSeed(cpu, irq);
  }

  private boolean lockSlowSeed(int cpu, int irq) {
    XenEventChannel events = cpus.events();
    spinningLock(cpu);
    cpus.interruptWindow(cpu, "xen.slow.after-register");

    boolean ret = false;
    if (variant != XenVariant.CLEAR_AFTER_CHECK) {
      events.clearPending(irq);
      cpus.interruptWindow(cpu, "xen.slow.after-clear");
    }
    // Check again: the lock may have become free while we were not looking.
    if (variant != XenVariant.NO_RECHECK) ret = trylock();
    if (!ret) {
      if (variant == XenVariant.CLEAR_AFTER_CHECK) {
        Faults.point("xen.slow.before-late-clear");
        events.clearPending(irq);
      }
      cpus.interruptWindow(cpu, "xen.slow.before-poll");
      events.poll(irq);
    }
    unspinningLock(cpu, null);
    return ret;
  }

  private boolean lockSlowFixed(int cpu, int irq) {
    XenEventChannel events = cpus.events();
    XenSpinlock prev = spinningLock(cpu);
    cpus.interruptWindow(cpu, "xen.slow.after-register");
    boolean ret;
    do {
      events.clearPending(irq);
      cpus.interruptWindow(cpu, "xen.slow.after-clear");
      ret = trylock();
      if (ret) {
        // We interrupted another spin (and may have eaten its kick): make it recheck.
        if (prev != null) events.setPending(irq);
        break;
      }
      // A nested lock taken here leaves irq pending if the outer lock may have been freed.
      cpus.interruptWindow(cpu, "xen.slow.before-poll");
      events.poll(irq);
    } while (!events.isPending(irq)); // spurious wakeup
    unspinningLock(cpu, prev);
    return ret;
  }

  /**
   * {@code spinning_lock}: marks {@code cpu} as waiting for this lock. FIXED (later Linux) reads
   * and returns the previous lock of interest; the seed's does not read it (returns null).
   */
  private XenSpinlock spinningLock(int cpu) {
    RefCell<XenSpinlock> mine = cpus.lockSpinners(cpu);
    XenSpinlock prev = variant.fixedBase() ? mine.getPlain() : null;
    if (variant == XenVariant.COUNT_BEFORE_REGISTER) {
      spinners.getAndAdd(1);
      Faults.point("xen.register.after-count");
      mem.storeStoreFence();
      mine.setPlain(this);
      return prev;
    }
    mine.setPlain(this);
    Faults.point("xen.register.after-lock-spinners");
    // Set the lock of interest before the count (pairs with the unlocker's scan).
    if (variant != XenVariant.REGISTER_NO_WMB) mem.storeStoreFence();
    spinners.getAndAdd(1);
    return prev;
  }

  /** Unregisters: the seed clears lock_spinners, FIXED restores {@code prev}. */
  private void unspinningLock(int cpu, XenSpinlock prev) {
    spinners.getAndAdd(-1);
    Faults.point("xen.unregister.after-count");
    // Decrement the count before clearing the lock of interest.
    if (variant != XenVariant.UNREGISTER_NO_WMB) mem.storeStoreFence();
    cpus.lockSpinners(cpu).setPlain(prev);
  }

  /** {@code xen_spin_unlock}. */
  public void unlock() {
    // Make sure no writes of the critical section get moved after the unlock.
    if (variant != XenVariant.UNLOCK_NO_WMB) mem.storeStoreFence();
    lock.setPlain(0);
    Faults.point("xen.unlock.after-store");
    if (variant == XenVariant.BEFORE) return;
    // The seed has barrier() here: a compiler barrier, no CPU fence. Linux later used mb().
    if (variant.fixedBase() && variant != XenVariant.UNLOCK_NO_MB) mem.fullFence();
    if (variant != XenVariant.NO_KICK && spinners.getPlain() != 0) unlockSlow();
  }

  /** {@code xen_spin_unlock_slow}: kicks the first CPU registered for this lock. */
  private void unlockSlow() {
    XenEventChannel events = cpus.events();
    for (int cpu = 0; cpu < cpus.ncpus(); cpu++) {
      if (cpus.lockSpinners(cpu).getPlain() == this) {
        Faults.point("xen.unlock.before-kick");
        events.sendIpi(cpu);
        break;
      }
    }
  }

  @Override public String toString() { return name; }
}
