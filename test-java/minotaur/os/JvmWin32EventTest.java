package minotaur.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.fault.FaultPointHandler;
import minotaur.fault.Faults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JvmWin32EventTest {
  @AfterEach void clearHook() {
    Faults.clear();
  }

  private static Forked waiter(String name, Win32Event e) {
    return Forked.start(name, e::waitForSingleObject);
  }

  @Test void manualResetStaysSignalledUntilReset() {
    Win32Event e = Os.jvm().win32Event("e", true, false);
    e.setEvent();
    e.waitForSingleObject();
    e.waitForSingleObject();
    assertEquals(WaitOutcome.IMMEDIATE, OsMonitor.lastWait().outcome());
    assertTrue(e.isSignalled());
    e.resetEvent();
    assertFalse(e.isSignalled());
  }

  @Test void manualResetSetReleasesEveryWaiterEvenIfResetAtOnce() throws Throwable {
    Win32Event e = Os.jvm().win32Event("e", true, false);
    Forked a = waiter("a", e);
    BlockedWait b = a.awaitBlocked();
    assertEquals("win32-event", b.kind());
    assertEquals("manual-reset", b.detail());
    Forked c = waiter("c", e);
    c.awaitBlocked();
    e.setEvent();
    e.resetEvent(); // the waiters were released by the set, before they ran
    assertEquals(WaitOutcome.WOKEN, a.join().outcome());
    assertEquals(WaitOutcome.WOKEN, c.join().outcome());
    assertFalse(e.isSignalled());
  }

  @Test void initiallySignalled() {
    Win32Event e = Os.jvm().win32Event("e", false, true);
    assertTrue(e.isSignalled());
    e.waitForSingleObject();
    assertFalse(e.isSignalled(), "an auto-reset wait consumes the signal");
  }

  @Test void autoResetSetReleasesExactlyOneWaiter() throws Throwable {
    Win32Event e = Os.jvm().win32Event("e", false, false);
    Forked a = waiter("a", e);
    a.awaitBlocked();
    Forked b = waiter("b", e);
    b.awaitBlocked();
    e.setEvent();
    assertEquals(WaitOutcome.WOKEN, a.join().outcome());
    assertTrue(b.isBlocked());
    assertFalse(e.isSignalled(), "the released waiter consumed the signal");
    e.setEvent();
    b.join();
  }

  @Test void autoResetSetWithNoWaiterIsRememberedOnce() {
    Win32Event e = Os.jvm().win32Event("e", false, false);
    e.setEvent();
    e.setEvent();
    assertTrue(e.isSignalled());
    e.waitForSingleObject();
    assertFalse(e.isSignalled(), "two sets are one signal");
  }

  @Test void neverWakesSpuriously() throws Throwable {
    Faults.install(new FaultPointHandler() {
      @Override public void at(String point) {}
      @Override public boolean spuriousWakeup(String point) {
        return true;
      }
    });
    Win32Event e = Os.jvm().win32Event("e", true, false);
    Forked w = waiter("w", e);
    assertFalse(w.awaitBlocked().wakeSpuriously());
    assertTrue(w.isBlocked());
    e.setEvent();
    assertEquals(WaitOutcome.WOKEN, w.join().outcome());
  }

  @Test void interruptAbandons() throws Throwable {
    Win32Event e = Os.jvm().win32Event("e", false, false);
    Forked w = waiter("w", e);
    w.awaitBlocked();
    w.thread.interrupt();
    assertInstanceOf(Abandoned.class, w.joinFailure());
    e.setEvent();
    assertTrue(e.isSignalled(), "the abandoned waiter is no longer queued to consume a set");
  }
}
