package minotaur.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JvmEventNotifierTest {
  private final EventNotifier notifier = Os.jvm().eventNotifier("n");

  @Test void setThenTestAndClear() {
    assertFalse(notifier.testAndClear());
    notifier.set();
    notifier.set();
    assertTrue(notifier.isSet());
    assertTrue(notifier.testAndClear());
    assertFalse(notifier.isSet());
    assertFalse(notifier.testAndClear(), "two sets are consumed by one read");
  }

  @Test void awaitSetReturnsAtOnceWithoutConsuming() {
    notifier.set();
    notifier.awaitSet();
    assertEquals(WaitOutcome.IMMEDIATE, OsMonitor.lastWait().outcome());
    assertTrue(notifier.isSet());
  }

  @Test void awaitSetBlocksUntilSet() throws Throwable {
    Forked w = Forked.start("poller", notifier::awaitSet);
    BlockedWait b = w.awaitBlocked();
    assertEquals("event-notifier", b.kind());
    assertFalse(b.wakeSpuriously(), "ppoll on an eventfd does not return spuriously");
    notifier.set();
    assertEquals(WaitOutcome.WOKEN, w.join().outcome());
    assertTrue(notifier.isSet());
  }

  @Test void interruptAbandons() throws Throwable {
    Forked w = Forked.start("poller", notifier::awaitSet);
    w.awaitBlocked();
    w.thread.interrupt();
    assertInstanceOf(Abandoned.class, w.joinFailure());
  }
}
