package minotaur.os;

/**
 * Xen event channels, one per CPU, as the paravirt spinlock uses them: a pending bit per CPU that
 * {@code xen_send_IPI_one} sets and {@code xen_poll_irq} waits for.
 */
public interface XenEventChannel {
  String name();
  /** {@code xen_clear_irq_pending(irq)} for {@code cpu}'s kicker irq. */
  void clearPending(int cpu);
  /** {@code xen_test_irq_pending}. */
  boolean isPending(int cpu);
  /** {@code xen_set_irq_pending} (FIXED re-arms an outer spin's kick). */
  void setPending(int cpu);
  /** {@code xen_poll_irq}: blocks {@code cpu} until its bit is pending; returns at once if it already is. */
  void poll(int cpu);
  /** {@code xen_send_IPI_one(cpu, XEN_SPIN_UNLOCK_VECTOR)}: sets the bit and wakes the CPU. */
  void sendIpi(int cpu);
}
