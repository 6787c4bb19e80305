package minotaur.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import minotaur.fault.FaultPointHandler;
import minotaur.fault.Faults;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JvmFutexTest {
  private final Futex futex = Os.jvm().futex("f");
  private final IntCell word = Memory.jvm().intCell("word", 0);

  @AfterEach void clearHook() {
    Faults.clear();
  }

  private Forked sleeper(String name, IntCell w) {
    return Forked.start(name, () -> futex.await(w, 0));
  }

  @Test void returnsAtOnceWhenTheWordDiffers() {
    word.setPlain(1);
    futex.await(word, 0);
    assertEquals(WaitOutcome.IMMEDIATE, OsMonitor.lastWait().outcome());
  }

  @Test void sleepsUntilWoken() throws Throwable {
    Forked s = sleeper("sleeper", word);
    BlockedWait b = s.awaitBlocked();
    assertEquals("futex", b.kind());
    assertEquals("word == 0", b.detail());
    word.setPlain(1);
    futex.wake(word, 1);
    assertEquals(WaitOutcome.WOKEN, s.join().outcome());
  }

  @Test void wakeWakesAtMostCountThreadsOfThatWordOnly() throws Throwable {
    IntCell other = Memory.jvm().intCell("other", 0);
    Forked elsewhere = sleeper("elsewhere", other);
    elsewhere.awaitBlocked();
    List<Forked> sleepers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Forked s = sleeper("s" + i, word);
      s.awaitBlocked();
      sleepers.add(s);
    }
    futex.wake(word, 2);
    sleepers.get(0).join();
    sleepers.get(1).join();
    assertTrue(sleepers.get(2).isBlocked(), "wake(2) woke a third thread");
    assertTrue(elsewhere.isBlocked(), "wake on one word woke a sleeper on another");
    futex.wake(word, Integer.MAX_VALUE);
    sleepers.get(2).join();
    futex.wake(other, 1);
    elsewhere.join();
  }

  @Test void aWakeWithNobodyAsleepIsNotRemembered() throws Throwable {
    futex.wake(word, 1);
    Forked s = sleeper("late", word);
    s.awaitBlocked();
    futex.wake(word, 1);
    s.join();
  }

  @Test void injectedSpuriousWakeup() {
    Faults.install(new FaultPointHandler() {
      @Override public void at(String point) {}
      @Override public boolean spuriousWakeup(String point) {
        return point.equals("os.futex.wait@f");
      }
    });
    futex.await(word, 0);
    assertEquals(WaitOutcome.SPURIOUS, OsMonitor.lastWait().outcome());
  }

  @Test void aBlockedSleeperCanBeWokenSpuriously() throws Throwable {
    Forked s = sleeper("s", word);
    assertTrue(s.awaitBlocked().wakeSpuriously());
    assertEquals(WaitOutcome.SPURIOUS, s.join().outcome());
  }

  @Test void interruptAbandons() throws Throwable {
    Forked s = sleeper("abandoned", word);
    s.awaitBlocked();
    s.thread.interrupt();
    assertInstanceOf(Abandoned.class, s.joinFailure());
  }

  /**
   * QemuEvent's protocol reduced to a baton: each side waits for the word to become its turn.
   * Losing a wake (check and sleep not atomic w.r.t. wake) would hang a round.
   */
  @Test void batonPassingLosesNoWakeup() throws Throwable {
    int rounds = 5_000;
    Forked[] sides = new Forked[2];
    for (int p = 0; p < 2; p++) {
      int me = p;
      sides[p] = Forked.start("side-" + p, () -> {
        for (int r = 0; r < rounds; r++) {
          int v;
          while ((v = word.getVolatile()) % 2 != me) futex.await(word, v);
          word.setRelease(v + 1);
          futex.wake(word, 1);
        }
      });
    }
    sides[0].join();
    sides[1].join();
    assertEquals(2 * rounds, word.getVolatile());
  }
}
