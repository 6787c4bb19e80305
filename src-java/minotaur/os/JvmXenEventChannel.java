package minotaur.os;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import minotaur.fault.Faults;

/**
 * Per-CPU Xen event channels (one kicker irq per CPU): a pending bit per CPU and, per CPU, the
 * pollers blocked in {@code SCHEDOP_poll}, under one private monitor (the hypervisor's lock).
 *
 * <p>{@code xen_poll_irq} returns at once if the bit is pending, else blocks until an event is
 * delivered to the channel; it does not clear the bit (the guest does, with
 * {@code xen_clear_irq_pending}). {@code xen_send_IPI_one} is such a delivery: it sets the bit and
 * wakes that CPU's pollers. {@code xen_set_irq_pending} only sets the bit, as the guest's
 * {@code sync_set_bit} on the shared page does: the hypervisor is not told, so a poll already
 * blocked stays blocked; a later poll sees the bit and returns. {@code SCHEDOP_poll} may also
 * return because some other event is pending for the vCPU (Linux counts these as
 * {@code taken_slow_spurious}): injected when the hook, asked at {@code os.xen-evtchn.poll@name}
 * as a poll is about to block, says so, or through
 * {@link BlockedWait#wakeSpuriously()}.
 *
 * <p>Memory: every call is bracketed by {@code VarHandle.fullFence()}: a hypercall, or a locked
 * bit operation ({@code sync_set_bit}/{@code sync_clear_bit}) on x86.
 */
final class JvmXenEventChannel implements XenEventChannel {
  private final String name;
  private final String clearPoint;
  private final String testPoint;
  private final String setPoint;
  private final String pollPoint;
  private final String ipiPoint;
  private final Object monitor = new Object();
  private final boolean[] pending; // guarded by monitor
  private final List<List<Waiter>> pollers = new ArrayList<>(); // per CPU, guarded by monitor

  JvmXenEventChannel(String name, int cpus) {
    if (cpus <= 0) throw new IllegalArgumentException("cpus must be positive: " + cpus);
    this.name = name;
    this.pending = new boolean[cpus];
    for (int i = 0; i < cpus; i++) pollers.add(new ArrayList<>());
    this.clearPoint = "os.xen-evtchn.clear@" + name;
    this.testPoint = "os.xen-evtchn.test@" + name;
    this.setPoint = "os.xen-evtchn.set@" + name;
    this.pollPoint = "os.xen-evtchn.poll@" + name;
    this.ipiPoint = "os.xen-evtchn.send-ipi@" + name;
  }

  @Override public String name() { return name; }

  @Override public void clearPending(int cpu) {
    Faults.point(clearPoint);
    VarHandle.fullFence();
    synchronized (monitor) {
      pending[cpu] = false;
    }
    VarHandle.fullFence();
  }

  @Override public boolean isPending(int cpu) {
    Faults.point(testPoint);
    VarHandle.fullFence();
    boolean p;
    synchronized (monitor) {
      p = pending[cpu];
    }
    VarHandle.fullFence();
    return p;
  }

  @Override public void setPending(int cpu) {
    Faults.point(setPoint);
    VarHandle.fullFence();
    synchronized (monitor) {
      pending[cpu] = true;
    }
    VarHandle.fullFence();
  }

  @Override public void poll(int cpu) {
    Faults.point(pollPoint);
    VarHandle.fullFence();
    Wait wait = new Wait("xen-evtchn", name, "cpu " + cpu);
    WaitOutcome outcome;
    synchronized (monitor) {
      if (pending[cpu]) {
        outcome = WaitOutcome.IMMEDIATE;
      } else if (Faults.spuriousWakeup(pollPoint)) {
        outcome = WaitOutcome.SPURIOUS;
      } else {
        Waiter waiter = new Waiter();
        pollers.get(cpu).add(waiter);
        outcome = wait.block(monitor, waiter, null, true);
        pollers.get(cpu).remove(waiter);
      }
    }
    VarHandle.fullFence();
    wait.end(outcome);
  }

  @Override public void sendIpi(int cpu) {
    Faults.point(ipiPoint);
    VarHandle.fullFence();
    synchronized (monitor) {
      pending[cpu] = true;
      List<Waiter> ws = pollers.get(cpu);
      for (Waiter w : ws) {
        if (w.state == Waiter.WAITING) w.state = Waiter.WOKEN;
      }
      ws.clear();
      OsMonitor.wakeAll(monitor);
    }
    VarHandle.fullFence();
  }

  @Override public String toString() {
    synchronized (monitor) {
      StringBuilder sb = new StringBuilder("xen-evtchn ").append(name).append(" pending [");
      for (int i = 0; i < pending.length; i++) sb.append(i == 0 ? "" : " ").append(pending[i] ? 1 : 0);
      return sb.append(']').toString();
    }
  }
}
