package minotaur.os;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.mem.BoolCell;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lincheck's model checker sees {@code Os.jvm()} blocking: it explores interleavings of threads
 * blocked in our monitors, proves a correct hand-off, and finds the lost wakeup in a wrong one
 * (reported as a deadlock: every thread blocked).
 */
class LincheckBlockingTest {
  private static final int INVOCATIONS = 100;

  private static void runBoth(Runnable a, Runnable b) {
    Thread ta = new Thread(a);
    Thread tb = new Thread(b);
    ta.start();
    tb.start();
    try {
      ta.join();
      tb.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test void checkedConditionUnderTheMutexHandsOff() {
    Lincheck.runConcurrentTest(INVOCATIONS, () -> {
      QemuMutex m = Os.jvm().mutex("m");
      QemuCond c = Os.jvm().cond("c");
      BoolCell ready = Memory.jvm().boolCell("ready", false);
      boolean[] seen = {false};
      runBoth(() -> {
        m.lock();
        ready.setPlain(true);
        c.signal();
        m.unlock();
      }, () -> {
        m.lock();
        while (!ready.getPlain()) c.await(m);
        seen[0] = true;
        m.unlock();
      });
      assertTrue(seen[0]);
    });
  }

  /**
   * Forbidden outcome, found: the flag is checked outside the mutex, the signal falls in between.
   * Slow (10-20 s: Lincheck minimises and replays the hung trace).
   */
  @Tag("slow")
  @Test void findsTheLostWakeupOfAnUnlockedCheck() {
    AssertionError e = assertThrows(AssertionError.class, () -> Lincheck.runConcurrentTest(50, () -> {
      QemuMutex m = Os.jvm().mutex("m");
      QemuCond c = Os.jvm().cond("c");
      BoolCell ready = Memory.jvm().boolCell("ready", false);
      runBoth(() -> {
        ready.setOpaque(true);
        m.lock();
        c.signal();
        m.unlock();
      }, () -> {
        if (!ready.getOpaque()) {
          m.lock();
          c.await(m);
          m.unlock();
        }
      });
    }));
    assertTrue(e.getMessage().contains("All unfinished threads are in deadlock"), e.getMessage());
  }

  @Test void futexWaitIsAtomicWithWake() {
    Lincheck.runConcurrentTest(INVOCATIONS, () -> {
      Futex f = Os.jvm().futex("f");
      IntCell word = Memory.jvm().intCell("word", 0);
      runBoth(() -> {
        word.setRelease(1);
        f.wake(word, 1);
      }, () -> {
        while (word.getAcquire() == 0) f.await(word, 0);
      });
    });
  }
}
