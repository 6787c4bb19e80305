package minotaur.prim.exclusive;

import java.util.List;
import minotaur.fault.Faults;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.os.QemuCond;
import minotaur.os.QemuMutex;

/**
 * QEMU's exclusive sections (cpus-common.c, seed 000): {@code start_exclusive} stops every vCPU
 * that is between {@code cpu_exec_start} and {@code cpu_exec_end}, and keeps new ones out, until
 * {@code end_exclusive}.
 *
 * <p>Implementation notes. State: {@code pending_cpus} (0: no exclusive section; 1: one is
 * running or waiting for nobody; n+1: it waits for n running CPUs), each CPU's {@code running}
 * and {@code has_waiter} (the CPU is counted in {@code pending_cpus}), {@code
 * qemu_cpu_list_lock}, {@code exclusive_cond} (the last counted CPU signals start_exclusive) and
 * {@code exclusive_resume} (end_exclusive broadcasts to CPUs waiting in {@code exclusive_idle}).
 *
 * <p>The seed's fast path is a store-buffering (Dekker) handshake: start_exclusive writes {@code
 * pending_cpus = 1} then reads each {@code running}; cpu_exec_start writes {@code running = true}
 * then reads {@code pending_cpus}; cpu_exec_end writes {@code running = false} then reads {@code
 * pending_cpus}. Each side has an {@code smp_mb()} ({@code fullFence}) between its store and its
 * load, so at least one side sees the other's store: either start_exclusive sees the CPU running
 * (counts it with {@code has_waiter}, and the CPU's slow path under the lock finds {@code
 * has_waiter} and leaves the decrement to cpu_exec_end), or the CPU sees {@code pending_cpus != 0}
 * and takes the lock. Without one of the fences x86-TSO lets both loads miss both stores (the
 * {@code *_NO_MB} mutants). Every other field is read and written under {@code
 * qemu_cpu_list_lock}; {@code pending_cpus} and {@code running} use {@code atomic_set/atomic_read}
 * (opaque) because the fast path reads them without the lock. The locked {@link
 * CpuListVariant#BEFORE} code uses plain accesses throughout, as the C did.
 *
 * <p>A wait that the runner abandons ({@link minotaur.os.Abandoned}) leaves through {@code
 * finally} blocks that drop the list lock, so one abandoned vCPU does not wedge the others.
 *
 * <p>Fault points (named {@code exclusive.*}) sit after every store the fast path races on,
 * between each such store and its fence or load, and inside the locked slow paths.
 */
public final class CpuList {
  private final CpuListVariant variant;
  private final Memory mem;
  private final QemuMutex qemuCpuListLock;
  private final QemuCond exclusiveCond;
  private final QemuCond exclusiveResume;
  /** {@code static int pending_cpus}: written under the lock, read with atomic_read. */
  private final IntCell pendingCpus;
  private final List<CpuState> cpus;

  /** {@code qemu_init_cpu_list()} followed by {@code cpu_list_add} of {@code ncpus} CPUs. */
  public CpuList(Memory mem, Os os, int ncpus, CpuListVariant variant) {
    if (ncpus < 1) throw new IllegalArgumentException("need at least one CPU, got " + ncpus);
    this.variant = variant;
    this.mem = mem;
    this.qemuCpuListLock = os.mutex("qemu_cpu_list_lock");
    this.exclusiveCond = os.cond("exclusive_cond");
    this.exclusiveResume = os.cond("exclusive_resume");
    this.pendingCpus = mem.intCell("pending_cpus", 0);
    CpuState[] all = new CpuState[ncpus];
    for (int i = 0; i < ncpus; i++) all[i] = new CpuState(mem, i);
    this.cpus = List.of(all);
  }

  public CpuListVariant variant() { return variant; }

  /** CPU_FOREACH order. */
  public List<CpuState> cpus() { return cpus; }

  public CpuState cpu(int index) { return cpus.get(index); }

  /** {@code pending_cpus}, for invariant checks at rest. */
  public int pendingCpus() { return pendingCpus.getVolatile(); }

  /** Waits for pending exclusive operations to complete; the CPU list lock must be held. */
  private void exclusiveIdle() {
    while (pendingCpus.getPlain() != 0) {
      exclusiveResume.await(qemuCpuListLock);
    }
  }

  /** Starts an exclusive operation; must be called from outside cpu_exec_start/end. */
  public void startExclusive() {
    qemuCpuListLock.lock();
    try {
      if (variant == CpuListVariant.BEFORE) {
        startExclusiveBefore();
      } else {
        startExclusiveLocked();
      }
    } finally {
      qemuCpuListLock.unlock();
    }
  }

  /** The seed's start_exclusive between taking and dropping the list lock. */
  private void startExclusiveLocked() {
    if (variant != CpuListVariant.NO_EXCLUSIVE_IDLE) exclusiveIdle();
    Faults.point("exclusive.start.before-pending");

    // Make all other cpus stop executing.
    pendingCpus.setOpaque(1);
    Faults.point("exclusive.start.after-pending");

    // Write pending_cpus before reading other_cpu->running (pairs with cpu_exec_start/end's).
    if (variant != CpuListVariant.START_NO_MB) mem.fullFence();
    int runningCpus = 0;
    for (CpuState other : cpus) {
      if (other.running.getOpaque()) {
        if (variant != CpuListVariant.NO_HAS_WAITER) other.hasWaiter.setPlain(true);
        runningCpus++;
        qemuCpuKick(other);
      }
      Faults.point("exclusive.start.after-read-running");
    }

    pendingCpus.setOpaque(runningCpus + 1);
    while (pendingCpus.getPlain() > 1) {
      exclusiveCond.await(qemuCpuListLock);
    }
    // Unlocking is safe: no one enters another exclusive section until end_exclusive.
  }

  /** The pre-seed start_exclusive: counts running CPUs straight into pending_cpus. */
  private void startExclusiveBefore() {
    exclusiveIdle();
    Faults.point("exclusive.start.before-pending");
    pendingCpus.setPlain(1);
    for (CpuState other : cpus) {
      if (other.running.getPlain()) {
        pendingCpus.setPlain(pendingCpus.getPlain() + 1);
        qemuCpuKick(other);
      }
      Faults.point("exclusive.start.after-read-running");
    }
    while (pendingCpus.getPlain() > 1) {
      exclusiveCond.await(qemuCpuListLock);
    }
  }

  /** Finishes an exclusive operation. */
  public void endExclusive() {
    qemuCpuListLock.lock();
    Faults.point("exclusive.end.locked");
    if (variant == CpuListVariant.BEFORE) {
      pendingCpus.setPlain(0);
    } else {
      pendingCpus.setOpaque(0);
    }
    exclusiveResume.broadcast();
    qemuCpuListLock.unlock();
  }

  /** Waits for exclusive ops to finish, and begins cpu execution. */
  public void cpuExecStart(CpuState cpu) {
    if (variant == CpuListVariant.BEFORE) {
      qemuCpuListLock.lock();
      try {
        exclusiveIdle();
        cpu.running.setPlain(true);
      } finally {
        qemuCpuListLock.unlock();
      }
      return;
    }
    cpu.running.setOpaque(true);
    Faults.point("exclusive.exec-start.after-running");

    // Write cpu->running before reading pending_cpus (pairs with start_exclusive's smp_mb).
    if (variant != CpuListVariant.EXEC_START_NO_MB) mem.fullFence();

    // pending_cpus == 0: start_exclusive, when it comes, will see running and kick us.
    if (pendingCpus.getOpaque() != 0) {
      qemuCpuListLock.lock();
      try {
        Faults.point("exclusive.exec-start.locked");
        if (!cpu.hasWaiter.getPlain()) {
          // Not counted in pending_cpus: let the exclusive item run, then run with the lock held.
          cpu.running.setOpaque(false);
          if (variant != CpuListVariant.START_SKIPS_IDLE) exclusiveIdle();
          cpu.running.setOpaque(true);
        }
        // Else counted in pending_cpus: run; cpu_exec_end releases the waiter.
      } finally {
        qemuCpuListLock.unlock();
      }
    }
  }

  /** Marks the cpu as not executing, and releases pending exclusive ops. */
  public void cpuExecEnd(CpuState cpu) {
    if (variant == CpuListVariant.BEFORE) {
      qemuCpuListLock.lock();
      cpu.running.setPlain(false);
      if (pendingCpus.getPlain() > 1) {
        pendingCpus.setPlain(pendingCpus.getPlain() - 1);
        if (pendingCpus.getPlain() == 1) exclusiveCond.signal();
      }
      qemuCpuListLock.unlock();
      return;
    }
    cpu.running.setOpaque(false);
    Faults.point("exclusive.exec-end.after-running");

    // Write cpu->running before reading pending_cpus (pairs with start_exclusive's smp_mb).
    if (variant != CpuListVariant.EXEC_END_NO_MB) mem.fullFence();

    // pending_cpus == 0: start_exclusive, when it comes, will see us not running.
    if (pendingCpus.getOpaque() != 0) {
      qemuCpuListLock.lock();
      Faults.point("exclusive.exec-end.locked");
      // Without has_waiter, start_exclusive did not count us; the next cpu_exec_start waits.
      if (cpu.hasWaiter.getPlain()) {
        cpu.hasWaiter.setPlain(false);
        pendingCpus.setOpaque(pendingCpus.getPlain() - 1);
        if (pendingCpus.getPlain() == 1 && variant != CpuListVariant.END_NO_SIGNAL) {
          exclusiveCond.signal();
        }
      }
      qemuCpuListLock.unlock();
    }
  }

  /** {@code qemu_cpu_kick}: asks the CPU loop to leave execution soon (cpu_exit's exit_request). */
  public void qemuCpuKick(CpuState cpu) {
    cpu.exitRequest.setOpaque(true);
    Faults.point("exclusive.kick");
  }
}
