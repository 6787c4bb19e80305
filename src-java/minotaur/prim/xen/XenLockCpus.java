package minotaur.prim.xen;

import minotaur.fault.Faults;
import minotaur.mem.Memory;
import minotaur.mem.RefCell;
import minotaur.os.Os;
import minotaur.os.XenEventChannel;

/**
 * The per-CPU state every {@link XenSpinlock} of a guest shares: {@code lock_spinners} (the lock a
 * CPU waits for in the slow path, or null), {@code lock_kicker_irq} (the CPU's event channel for
 * unlock kicks, -1 until {@code xen_init_lock_cpu}) and the event channels themselves.
 *
 * <p>{@code lock_spinners[cpu]} is written only by {@code cpu}'s own thread with plain stores, as
 * {@code __get_cpu_var(lock_spinners) = xl} is, and read by unlockers on other CPUs with plain
 * loads; {@code lock_kicker_irq} is written before the CPU threads start and read by its own CPU.
 *
 * <p>Interrupts: a CPU thread that reaches an interrupt window in the slow path runs the installed
 * {@link IrqHandler} (on its own thread, as a hardware interrupt would) when the fault plan
 * delivers an interrupt there ({@code :interrupt} rules; with no plan, every window does), unless
 * it is already in a handler (handlers run with interrupts disabled, {@code IRQF_DISABLED}).
 */
public final class XenLockCpus {
  /** Code run on a CPU's own thread at an interrupt window of the slow path. */
  @FunctionalInterface
  public interface IrqHandler {
    /** {@code window} is the fault point name of the window. */
    void interrupt(int cpu, String window);
  }

  private final int ncpus;
  private final RefCell<XenSpinlock>[] lockSpinners;
  private final int[] lockKickerIrq;
  private final boolean[] inIrq;
  private final XenEventChannel events;
  private volatile IrqHandler irqHandler;

  /** {@code ncpus} CPUs with their kicker irqs bound ({@code xen_init_lock_cpu} on each). */
  @SuppressWarnings("unchecked")
  public XenLockCpus(Memory mem, Os os, int ncpus) {
    if (ncpus < 1) throw new IllegalArgumentException("need at least one CPU, got " + ncpus);
    this.ncpus = ncpus;
    this.lockSpinners = new RefCell[ncpus];
    this.lockKickerIrq = new int[ncpus];
    this.inIrq = new boolean[ncpus];
    this.events = os.xenEventChannel("lock_kicker_irq", ncpus);
    for (int cpu = 0; cpu < ncpus; cpu++) {
      lockSpinners[cpu] = mem.refCell("lock_spinners[" + cpu + "]", null);
      lockKickerIrq[cpu] = cpu; // xen_init_lock_cpu: bind_ipi_to_irqhandler, never delivered
    }
  }

  public int ncpus() { return ncpus; }

  XenEventChannel events() { return events; }

  RefCell<XenSpinlock> lockSpinners(int cpu) { return lockSpinners[cpu]; }

  /** {@code per_cpu(lock_kicker_irq, cpu)}. */
  int lockKickerIrq(int cpu) { return lockKickerIrq[cpu]; }

  /** Installs the interrupt handler (null: interrupts never fire). Set before the CPUs run. */
  public void setIrqHandler(IrqHandler handler) { this.irqHandler = handler; }

  /**
   * An interrupt window: a fault point, then the handler if one is installed, irqs are on and the
   * fault plan delivers an interrupt here.
   */
  void interruptWindow(int cpu, String window) {
    Faults.point(window);
    IrqHandler h = irqHandler;
    if (h == null || inIrq[cpu] || !Faults.interrupt(window)) return;
    inIrq[cpu] = true;
    try {
      h.interrupt(cpu, window);
    } finally {
      inIrq[cpu] = false;
    }
  }

  /** {@code per_cpu(lock_spinners, cpu)}, for invariant checks at rest. */
  public XenSpinlock lockSpinnersAtRest(int cpu) { return lockSpinners[cpu].getVolatile(); }

  /** Whether {@code cpu}'s kicker irq is pending, for reports. */
  public boolean kickPending(int cpu) { return events.isPending(cpu); }
}
