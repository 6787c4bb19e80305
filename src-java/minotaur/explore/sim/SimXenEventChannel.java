package minotaur.explore.sim;

import minotaur.os.XenEventChannel;

/**
 * Per-CPU Xen event channel pending bits. {@code poll} is one step enabled once the CPU's bit is
 * pending (or at any time when spurious wakeups are explored: SCHEDOP_poll also returns on other
 * events, which is why the kernel re-tests the bit after polling).
 */
final class SimXenEventChannel extends SimOsObject implements XenEventChannel {
  private final boolean[] pending;

  SimXenEventChannel(OsHost run, String name, int cpus) {
    super(run, "xen-evtchn", name);
    this.pending = new boolean[cpus];
  }

  @Override public void clearPending(int cpu) {
    int t = call("clear_irq_pending(" + cpu + ")", null, null);
    visit(t, "clear");
    pending[cpu] = false;
    trace(t, "clear_irq_pending(" + cpu + ")");
  }

  @Override public boolean isPending(int cpu) {
    int t = call("test_irq_pending(" + cpu + ")", null, null);
    visit(t, "test");
    trace(t, "test_irq_pending(" + cpu + ") = " + pending[cpu]);
    return pending[cpu];
  }

  @Override public void setPending(int cpu) {
    int t = call("set_irq_pending(" + cpu + ")", null, null);
    visit(t, "set");
    pending[cpu] = true;
    trace(t, "set_irq_pending(" + cpu + ")");
  }

  @Override public void poll(int cpu) {
    boolean spurious = run.spuriousWakeups();
    int t = blockingCall("poll_irq(" + cpu + ")", null, () -> pending[cpu] || spurious);
    visit(t, "poll");
    trace(t, "poll_irq(" + cpu + "): " + (pending[cpu] ? "pending, returns" : "spurious return"));
  }

  @Override public void sendIpi(int cpu) {
    int t = call("send_IPI_one(" + cpu + ")", null, null);
    visit(t, "send-ipi");
    pending[cpu] = true;
    trace(t, "send_IPI_one(" + cpu + ")");
  }
}
