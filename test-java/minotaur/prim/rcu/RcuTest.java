package minotaur.prim.rcu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import minotaur.fault.FaultPointHandler;
import minotaur.fault.Faults;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.os.Abandoned;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deterministic tests of the RCU port: a reader inside its critical section and a writer in
 * {@code synchronize_rcu}, ordered with fault hooks and latches (never sleeps).
 */
class RcuTest {
  @AfterEach
  void clearFaults() {
    Faults.clear();
  }

  private static Rcu rcu(RcuVariant v) {
    return new Rcu(Memory.jvm(), Os.jvm(), v);
  }

  @Test
  void nestedSectionsEndAtTheOutermostUnlock() {
    Rcu rcu = rcu(RcuVariant.CORRECT);
    rcu.registerThread();
    rcu.readLock();
    rcu.readLock();
    rcu.readUnlock();
    assertTrue(rcu.inReadSection());
    rcu.readUnlock();
    assertFalse(rcu.inReadSection());
    assertThrows(IllegalStateException.class, rcu::readUnlock);
    rcu.unregisterThread();
  }

  @Test
  void unregisteredThreadCannotRead() {
    assertThrows(IllegalStateException.class, rcu(RcuVariant.CORRECT)::readLock);
  }

  @Test
  void synchronizeInsideReadSectionIsRefused() {
    Rcu rcu = rcu(RcuVariant.CORRECT);
    rcu.registerThread();
    rcu.readLock();
    assertThrows(IllegalStateException.class, rcu::synchronizeRcu);
    rcu.readUnlock();
    rcu.synchronizeRcu();
    rcu.unregisterThread();
  }

  /**
   * A registered reader enters its section; a writer starts synchronize_rcu; the reader leaves
   * only once the writer reached its wait (or returned). Returns whether the writer had already
   * returned when the reader left: forbidden for CORRECT, the bug for the two early-return mutants.
   */
  private static boolean writerReturnedWhileReaderInside(RcuVariant v) throws Exception {
    Rcu rcu = rcu(v);
    CountDownLatch readerInside = new CountDownLatch(1);
    CountDownLatch writerWaitingOrDone = new CountDownLatch(1);
    AtomicBoolean writerDone = new AtomicBoolean();
    AtomicBoolean returnedEarly = new AtomicBoolean();
    Faults.install(new FaultPointHandler() {
      @Override public void at(String point) {
        if (point.equals("rcu.sync.before-wait")) writerWaitingOrDone.countDown();
      }
    });
    Thread reader = new Thread(() -> {
      rcu.registerThread();
      rcu.readLock();
      readerInside.countDown();
      await(writerWaitingOrDone);
      returnedEarly.set(writerDone.get());
      rcu.readUnlock();
      rcu.unregisterThread();
    }, "reader");
    reader.start();
    readerInside.await();
    Thread writer = new Thread(() -> {
      rcu.synchronizeRcu();
      writerDone.set(true);
      writerWaitingOrDone.countDown();
    }, "writer");
    writer.start();
    writer.join(10_000);
    reader.join(10_000);
    assertFalse(writer.isAlive() || reader.isAlive(), "hung");
    return returnedEarly.get();
  }

  private static void await(CountDownLatch l) {
    try {
      l.await();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void synchronizeWaitsForPreExistingReader() throws Exception {
    assertFalse(writerReturnedWhileReaderInside(RcuVariant.CORRECT));
  }

  @Test
  void syncNoWaitReturnsWhileReaderInside() throws Exception {
    assertTrue(writerReturnedWhileReaderInside(RcuVariant.SYNC_NO_WAIT));
  }

  @Test
  void readerNoSnapshotLetsSynchronizeReturnEarly() throws Exception {
    assertTrue(writerReturnedWhileReaderInside(RcuVariant.READER_NO_SNAPSHOT));
  }

  /** Reader entered and left; a later synchronize_rcu must return (liveness, bounded join). */
  private static boolean synchronizeAfterQuiescentReaderReturns(RcuVariant v) throws Exception {
    Rcu rcu = rcu(v);
    CountDownLatch readerDone = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      rcu.registerThread();
      rcu.readLock();
      rcu.readUnlock();
      readerDone.countDown();
      await(release); // stays registered, quiescent, while the writer synchronizes
      rcu.unregisterThread();
    }, "reader");
    reader.start();
    readerDone.await();
    Thread writer = new Thread(() -> {
      try {
        rcu.synchronizeRcu();
      } catch (Abandoned e) {
        // interrupted below when it hung: the expected end for UNLOCK_NO_PUBLISH
      }
    }, "writer");
    writer.setDaemon(true);
    writer.start();
    writer.join(TimeUnit.SECONDS.toMillis(3)); // a liveness bound, not synchronisation
    boolean returned = !writer.isAlive();
    release.countDown();
    reader.join();
    writer.interrupt();
    writer.join(5_000);
    return returned;
  }

  @Test
  void synchronizeReturnsOnceReadersAreQuiescent() throws Exception {
    assertTrue(synchronizeAfterQuiescentReaderReturns(RcuVariant.CORRECT));
  }

  @Test
  void unlockNoPublishHangsSynchronize() throws Exception {
    assertFalse(synchronizeAfterQuiescentReaderReturns(RcuVariant.UNLOCK_NO_PUBLISH));
  }

  @Test
  void callRcuRunsEachCallbackOnceAfterTheGracePeriod() throws Exception {
    Rcu rcu = rcu(RcuVariant.CORRECT);
    rcu.callbacks().start();
    rcu.registerThread();
    AtomicInteger runs = new AtomicInteger();
    AtomicBoolean ranWhileInside = new AtomicBoolean();
    AtomicBoolean inside = new AtomicBoolean(true);
    CountDownLatch syncing = new CountDownLatch(1);
    Faults.install(new FaultPointHandler() {
      @Override public void at(String point) {
        if (point.equals("rcu.sync.before-wait")) syncing.countDown();
      }
    });
    rcu.readLock();
    for (int i = 0; i < 3; i++) {
      rcu.callRcu(new RcuHead(Memory.jvm(), "obj" + i), h -> {
        runs.incrementAndGet();
        if (inside.get()) ranWhileInside.set(true);
      });
    }
    syncing.await(); // the call_rcu thread is waiting for this reader
    inside.set(false);
    rcu.readUnlock();
    rcu.callbacks().drain();
    assertEquals(3, runs.get());
    assertFalse(ranWhileInside.get());
    rcu.unregisterThread();
    rcu.callbacks().stop();
  }
}
