package minotaur.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmMutexTest {
  private final QemuMutex mutex = Os.jvm().mutex("m");

  @Test void uncontendedLockReturnsAtOnce() {
    mutex.lock();
    assertEquals(WaitOutcome.IMMEDIATE, OsMonitor.lastWait().outcome());
    assertTrue(mutex.isHeldByCurrentThread());
    mutex.unlock();
    assertFalse(mutex.isHeldByCurrentThread());
  }

  @Test void aWaiterReleasedButBeatenToTheMutexIsBlockedAgainNotWoken() throws Throwable {
    java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
    mutex.lock();
    Forked.Action lockAndHold = () -> {
      mutex.lock();
      hold.await();
      mutex.unlock();
    };
    Forked a = Forked.start("first", lockAndHold);
    a.awaitBlocked();
    Forked b = Forked.start("second", lockAndHold);
    b.awaitBlocked();
    long unlocked = System.nanoTime();
    mutex.unlock(); // releases both; one takes the mutex, the other must wait again
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(Forked.PATIENCE_SECONDS);
    BlockedWait loser = null;
    while (loser == null && System.nanoTime() < deadline) {
      BlockedWait wa = OsMonitor.blockedWait(a.thread);
      BlockedWait wb = OsMonitor.blockedWait(b.thread);
      if ((wa == null) != (wb == null)) {
        BlockedWait w = wa == null ? wb : wa;
        Thread t = wa == null ? b.thread : a.thread;
        if (!w.woken() && t.getState() == Thread.State.WAITING) loser = w;
      }
      Thread.onSpinWait();
    }
    assertTrue(loser != null, "one thread holds the mutex, the other waits again with its release cleared");
    assertTrue(loser.unreleased());
    hold.countDown();
    WaitRecord ra = a.join();
    WaitRecord rb = b.join();
    assertTrue(ra.releasedNanos() >= unlocked && rb.releasedNanos() >= unlocked, ra + " " + rb);
    assertTrue(ra.releasedNanos() <= ra.endNanos() && rb.releasedNanos() <= rb.endNanos(), ra + " " + rb);
  }

  @Test void contendedLockBlocksUntilUnlock() throws Throwable {
    mutex.lock();
    Forked t = Forked.start("locker", () -> {
      mutex.lock();
      mutex.unlock();
    });
    BlockedWait b = t.awaitBlocked();
    assertEquals("mutex", b.kind());
    assertEquals("m", b.name());
    assertFalse(b.wakeSpuriously(), "a mutex wait never ends spuriously");
    assertTrue(t.isBlocked());
    mutex.unlock();
    assertEquals(WaitOutcome.WOKEN, t.join().outcome());
    assertNull(OsMonitor.blockedWait(t.thread));
  }

  @Test void unlockByNonOwnerIsAnError() throws Throwable {
    mutex.lock();
    Forked t = Forked.start("intruder", mutex::unlock);
    assertInstanceOf(IllegalMonitorStateException.class, t.joinFailure());
    assertTrue(mutex.isHeldByCurrentThread(), "the failed unlock must not release it");
    mutex.unlock();
    assertThrows(IllegalMonitorStateException.class, mutex::unlock);
  }

  @Test void relockingIsAnErrorNotADeadlock() {
    mutex.lock();
    assertThrows(IllegalStateException.class, mutex::lock);
    assertTrue(mutex.isHeldByCurrentThread());
    mutex.unlock();
  }

  @Test void tryLockFailsWhileHeld() throws Throwable {
    assertTrue(mutex.tryLock());
    assertFalse(mutex.tryLock(), "not recursive");
    Forked t = Forked.start("trier", () -> assertFalse(mutex.tryLock()));
    t.join();
    mutex.unlock();
  }

  @Test void interruptAbandonsALockWait() throws Throwable {
    mutex.lock();
    Forked t = Forked.start("abandoned", mutex::lock);
    t.awaitBlocked();
    t.thread.interrupt();
    assertInstanceOf(Abandoned.class, t.joinFailure());
    assertNull(OsMonitor.blockedWait(t.thread));
    mutex.unlock();
    Forked other = Forked.start("next", () -> {
      mutex.lock();
      mutex.unlock();
    });
    assertEquals(WaitOutcome.IMMEDIATE, other.join().outcome(), "the abandoned thread took nothing");
  }

  /** Forbidden outcome: a lost increment, i.e. two threads inside the critical section at once. */
  @Test void excludesMutually() throws Throwable {
    int threads = 4;
    int rounds = 20_000;
    int[] counter = {0};
    List<Forked> forks = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      forks.add(Forked.start("inc-" + i, () -> {
        for (int r = 0; r < rounds; r++) {
          mutex.lock();
          counter[0]++;
          mutex.unlock();
        }
      }));
    }
    for (Forked f : forks) f.join();
    mutex.lock();
    assertEquals(threads * rounds, counter[0]);
    mutex.unlock();
  }
}
