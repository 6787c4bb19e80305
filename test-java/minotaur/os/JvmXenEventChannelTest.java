package minotaur.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.fault.FaultPointHandler;
import minotaur.fault.Faults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JvmXenEventChannelTest {
  private final XenEventChannel irq = Os.jvm().xenEventChannel("kicker", 3);

  @AfterEach void clearHook() {
    Faults.clear();
  }

  private Forked poller(int cpu) {
    return Forked.start("cpu-" + cpu, () -> irq.poll(cpu));
  }

  @Test void pollReturnsAtOnceIfPendingAndLeavesTheBitSet() {
    irq.setPending(1);
    irq.poll(1);
    assertEquals(WaitOutcome.IMMEDIATE, OsMonitor.lastWait().outcome());
    assertTrue(irq.isPending(1));
    irq.clearPending(1);
    assertFalse(irq.isPending(1));
  }

  @Test void pollBlocksUntilAnIpiToItsCpu() throws Throwable {
    Forked p = poller(2);
    BlockedWait b = p.awaitBlocked();
    assertEquals("xen-evtchn", b.kind());
    assertEquals("cpu 2", b.detail());
    irq.sendIpi(0);
    assertTrue(p.isBlocked(), "an IPI to cpu 0 woke cpu 2");
    irq.sendIpi(2);
    assertEquals(WaitOutcome.WOKEN, p.join().outcome());
    assertTrue(irq.isPending(2));
    assertTrue(irq.isPending(0));
    assertFalse(irq.isPending(1));
  }

  @Test void setPendingDoesNotWakeABlockedPoller() throws Throwable {
    Forked p = poller(1);
    p.awaitBlocked();
    irq.setPending(1); // the guest's sync_set_bit: Xen is not told
    assertTrue(p.isBlocked());
    irq.poll(1); // a poll that starts now sees the bit
    irq.sendIpi(1);
    p.join();
  }

  @Test void injectedSpuriousReturn() {
    Faults.install(new FaultPointHandler() {
      @Override public void at(String point) {}
      @Override public boolean spuriousWakeup(String point) {
        return point.equals("os.xen-evtchn.poll@kicker");
      }
    });
    irq.poll(0);
    assertEquals(WaitOutcome.SPURIOUS, OsMonitor.lastWait().outcome());
    assertFalse(irq.isPending(0));
  }

  @Test void aBlockedPollerCanBeWokenSpuriously() throws Throwable {
    Forked p = poller(0);
    assertTrue(p.awaitBlocked().wakeSpuriously());
    assertEquals(WaitOutcome.SPURIOUS, p.join().outcome());
  }

  @Test void interruptAbandons() throws Throwable {
    Forked p = poller(0);
    p.awaitBlocked();
    p.thread.interrupt();
    assertInstanceOf(Abandoned.class, p.joinFailure());
  }

  @Test void badCpuIsAnError() {
    assertThrows(IndexOutOfBoundsException.class, () -> irq.sendIpi(3));
    assertThrows(IllegalArgumentException.class, () -> Os.jvm().xenEventChannel("none", 0));
  }
}
