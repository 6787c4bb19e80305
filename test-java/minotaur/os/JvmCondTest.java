package minotaur.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import minotaur.fault.FaultPointHandler;
import minotaur.fault.Faults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JvmCondTest {
  private final QemuMutex mutex = Os.jvm().mutex("m");
  private final QemuCond cond = Os.jvm().cond("c");

  @AfterEach void clearHook() {
    Faults.clear();
  }

  private Forked waiter(String name, AtomicBoolean heldOnReturn) {
    return Forked.start(name, () -> {
      mutex.lock();
      try {
        cond.await(mutex);
        heldOnReturn.set(mutex.isHeldByCurrentThread());
      } finally {
        mutex.unlock();
      }
    });
  }

  @Test void awaitReleasesTheMutexAndRetakesItBeforeReturning() throws Throwable {
    AtomicBoolean held = new AtomicBoolean();
    Forked w = waiter("waiter", held);
    BlockedWait b = w.awaitBlocked();
    assertEquals("cond", b.kind());
    assertEquals("mutex m", b.detail());
    mutex.lock(); // possible only because await released it
    cond.signal();
    w.awaitBlockedIn("mutex"); // woken, now waiting for the mutex we hold
    assertFalse(w.isDone());
    mutex.unlock();
    assertEquals(WaitOutcome.WOKEN, w.join().outcome());
    assertTrue(held.get());
  }

  @Test void signalWakesOneWaiterAndBroadcastTheRest() throws Throwable {
    Forked a = waiter("a", new AtomicBoolean());
    a.awaitBlocked();
    Forked b = waiter("b", new AtomicBoolean());
    b.awaitBlocked();
    cond.signal();
    assertEquals(WaitOutcome.WOKEN, a.join().outcome(), "FIFO: the oldest waiter is woken");
    assertTrue(b.isBlocked(), "one signal wakes one waiter");
    cond.broadcast();
    assertEquals(WaitOutcome.WOKEN, b.join().outcome());
  }

  @Test void aSignalWithNoWaiterIsNotRemembered() throws Throwable {
    cond.signal();
    Forked w = waiter("late", new AtomicBoolean());
    w.awaitBlocked();
    assertFalse(w.isDone());
    cond.signal();
    w.join();
  }

  @Test void awaitWithoutHoldingTheMutexIsAnError() {
    assertThrows(IllegalMonitorStateException.class, () -> cond.await(mutex));
  }

  @Test void injectedSpuriousWakeupReturnsWithTheMutexHeld() throws Throwable {
    Faults.install(new FaultPointHandler() {
      @Override public void at(String point) {}
      @Override public boolean spuriousWakeup(String point) {
        return point.equals("os.cond.wait@c");
      }
    });
    AtomicBoolean held = new AtomicBoolean();
    assertEquals(WaitOutcome.SPURIOUS, waiter("spurious", held).join().outcome());
    assertTrue(held.get());
  }

  @Test void aBlockedWaiterCanBeWokenSpuriously() throws Throwable {
    Forked w = waiter("w", new AtomicBoolean());
    assertTrue(w.awaitBlocked().wakeSpuriously());
    assertEquals(WaitOutcome.SPURIOUS, w.join().outcome());
  }

  @Test void interruptAbandonsTheWaitWithTheMutexHeld() throws Throwable {
    AtomicBoolean heldInCatch = new AtomicBoolean();
    AtomicReference<WaitRecord> record = new AtomicReference<>();
    Forked w = Forked.start("abandoned", () -> {
      mutex.lock();
      try {
        cond.await(mutex);
      } catch (Abandoned e) {
        heldInCatch.set(mutex.isHeldByCurrentThread());
        record.set(OsMonitor.lastWait());
        throw e;
      } finally {
        mutex.unlock();
      }
    });
    w.awaitBlocked();
    w.thread.interrupt();
    assertInstanceOf(Abandoned.class, w.joinFailure());
    assertTrue(heldInCatch.get());
    assertEquals(WaitOutcome.ABANDONED, record.get().outcome());
    assertEquals("cond", record.get().kind());
    assertNull(OsMonitor.blockedWait(w.thread));
  }

  /** A lost wakeup here (signal between the predicate check and the sleep) would hang a round. */
  @Test void pingPongLosesNoWakeup() throws Throwable {
    int rounds = 5_000;
    int[] turn = {0};
    Forked[] players = new Forked[2];
    for (int p = 0; p < 2; p++) {
      int me = p;
      players[p] = Forked.start("player-" + p, () -> {
        for (int r = 0; r < rounds; r++) {
          mutex.lock();
          try {
            while (turn[0] % 2 != me) cond.await(mutex);
            turn[0]++;
            cond.signal();
          } finally {
            mutex.unlock();
          }
        }
      });
    }
    players[0].join();
    players[1].join();
    assertEquals(2 * rounds, turn[0]);
  }
}
