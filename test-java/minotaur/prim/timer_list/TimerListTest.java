package minotaur.prim.timer_list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import minotaur.fault.FaultPointHandler;
import minotaur.fault.Faults;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.rcu.Rcu;
import minotaur.prim.rcu.RcuVariant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Deterministic tests of the timer-list port. Interference is injected by a fault hook that runs
 * the interfering call on the reader's own thread at the named point, so each interleaving is
 * exact and needs no second thread.
 */
class TimerListTest {
  private final ManualClock clock = new ManualClock();
  private final List<Object> fired = new ArrayList<>();
  private Rcu rcu;

  @AfterEach
  void tearDown() throws InterruptedException {
    Faults.clear();
    if (rcu != null) {
      if (rcu.isRegistered()) rcu.unregisterThread();
      rcu.callbacks().stop();
    }
  }

  private TimerList list(TimerVariant v) {
    rcu = new Rcu(Memory.jvm(), Os.jvm(), RcuVariant.CORRECT);
    rcu.callbacks().start();
    rcu.registerThread();
    return new TimerList(v, Memory.jvm(), Os.jvm(), clock, rcu,
        new TimerHeap(Memory.jvm()), null);
  }

  private QemuTimer timer(TimerList l, long id) {
    return l.timerNew(fired::add, id);
  }

  /** Runs {@code action} once, the first time a thread reaches {@code point}. */
  private static void onceAt(String point, Runnable action) {
    Faults.install(new FaultPointHandler() {
      boolean done;

      @Override public void at(String p) {
        if (!done && p.equals(point)) {
          done = true;
          action.run();
        }
      }
    });
  }

  @ParameterizedTest
  @EnumSource(TimerVariant.class)
  void sequentialBehaviour(TimerVariant v) {
    TimerList l = list(v);
    clock.set(100);
    assertFalse(l.timerlistExpired());
    assertEquals(-1, l.timerlistDeadlineNs());
    QemuTimer a = timer(l, 1);
    QemuTimer b = timer(l, 2);
    l.timerModNs(b, 300);
    l.timerModNs(a, 200);
    assertEquals(List.of(200L, 300L), l.snapshot().stream().map(TimerList.Entry::expireTime).toList());
    assertTrue(l.timerPending(a));
    assertEquals(100, l.timerlistDeadlineNs());
    assertFalse(l.timerlistExpired());
    clock.set(250);
    assertTrue(l.timerlistExpired());
    assertEquals(0, l.timerlistDeadlineNs());
    assertTrue(l.timerlistRunTimers());
    assertEquals(List.of(1L), fired);
    assertFalse(l.timerPending(a));
    l.timerDel(b);
    clock.set(1000);
    assertFalse(l.timerlistRunTimers());
    assertEquals(-1, l.timerlistDeadlineNs());
    l.timerModNs(a, -5); // MAX(expire_time, 0)
    assertEquals(0, l.snapshot().get(0).expireTime());
  }

  @Test
  void expiredAtExactlyTheExpireTimeAgreesWithRunTimers() {
    TimerList l = list(TimerVariant.FIXED);
    l.timerModNs(timer(l, 1), 500);
    clock.set(500);
    assertTrue(l.timerlistExpired());
    assertTrue(l.timerlistRunTimers());
  }

  /** The seed's {@code expire_time < now}, kept by SEED and BEFORE: a T2 violation (PROPERTIES.md). */
  @ParameterizedTest
  @EnumSource(value = TimerVariant.class, names = {"SEED", "BEFORE"})
  void seedComparisonSaysNotExpiredForATimerRunTimersFires(TimerVariant v) {
    TimerList l = list(v);
    l.timerModNs(timer(l, 1), 500);
    clock.set(500);
    assertFalse(l.timerlistExpired());
    assertTrue(l.timerlistRunTimers());
  }

  @Test
  void seedFreeDuringLocklessReadIsAUseAfterFree() {
    TimerList l = list(TimerVariant.SEED);
    QemuTimer a = timer(l, 1);
    l.timerModNs(a, 500);
    onceAt("timer-list.read.after-head-load", () -> {
      l.heap().setSite("free 1");
      l.timerFree(a);
      l.heap().setSite("expired");
    });
    clock.set(600);
    boolean expired = l.timerlistExpired();
    List<UseAfterFree> v = l.heap().takeMine();
    assertEquals(1, v.size(), v.toString());
    UseAfterFree u = v.get(0);
    assertEquals("freed", u.kind());
    assertEquals("timerlist_expired", u.function());
    assertEquals("expired", u.site());
    assertNotNull(u.free());
    assertEquals("free 1", u.free().site());
    assertFalse(expired, "the reader saw the poison, not 500");
  }

  @Test
  void seedRecycledTimerIsAUseAfterFree() {
    TimerList l = list(TimerVariant.SEED);
    QemuTimer a = timer(l, 1);
    l.timerModNs(a, 500);
    onceAt("timer-list.read.after-head-load", () -> {
      l.timerFree(a);
      l.timerModNs(timer(l, 2), 700); // g_new hands out the same block
    });
    clock.set(0);
    assertEquals(700, l.timerlistDeadlineNs()); // another timer's expire_time
    List<UseAfterFree> v = l.heap().takeMine();
    assertEquals(1, v.size());
    assertEquals("recycled", v.get(0).kind());
    assertEquals("timerlist_deadline_ns", v.get(0).function());
  }

  @Test
  void fixedDefersTheFreeUntilTheReaderLeft() {
    TimerList l = list(TimerVariant.FIXED);
    QemuTimer a = timer(l, 1);
    l.timerModNs(a, 500);
    onceAt("timer-list.read.after-head-load", () -> l.timerFree(a));
    clock.set(600);
    assertTrue(l.timerlistExpired()); // the grace period kept the timer intact
    rcu.unregisterThread();
    rcu.callbacks().drain();
    assertEquals(List.of(), l.heap().violations());
    assertEquals(1, l.heap().tag(a) & 1, "freed after the grace period");
  }

  @Test
  void noRecheckHeadFiresADeletedTimer() {
    TimerList l = list(TimerVariant.NO_RECHECK_HEAD);
    QemuTimer a = timer(l, 1);
    l.timerModNs(a, 500);
    onceAt("timer-list.run.before-lock", () -> l.timerDel(a));
    clock.set(600);
    l.timerlistRunTimers();
    assertEquals(List.of(1L), fired);
  }

  @Test
  void recheckUnderTheLockSkipsADeletedTimer() {
    TimerList l = list(TimerVariant.FIXED);
    QemuTimer a = timer(l, 1);
    l.timerModNs(a, 500);
    onceAt("timer-list.run.before-lock", () -> l.timerDel(a));
    clock.set(600);
    assertFalse(l.timerlistRunTimers());
    assertEquals(List.of(), fired);
  }

  @Test
  void noRecheckHeadLosesTimersWhenTheHeadMoved() {
    TimerList l = list(TimerVariant.NO_RECHECK_HEAD);
    QemuTimer a = timer(l, 1);
    QemuTimer b = timer(l, 2);
    l.timerModNs(a, 500);
    l.timerModNs(b, 800);
    onceAt("timer-list.run.before-lock", () -> l.timerModNs(a, 900)); // a moves behind b
    clock.set(600);
    l.timerlistRunTimers();
    assertEquals(List.of(1L), fired, "fired a before its new expire time");
    assertEquals(List.of(), l.snapshot(), "b was unlinked with it and is lost");
  }

  /**
   * Why the lockless reads are not linearizable (T3 under concurrency), in every lockless variant:
   * the reader holds the head while a timer_mod moves it behind another timer, then reads its new
   * expire_time. The list went {10, 20} -> {20, 30}; the reader answers 30, which neither state
   * gives. The seed accepts this: timerlist_notify follows every change of the head.
   */
  @Test
  void locklessReadOfAMovedHeadIsStale() {
    TimerList l = list(TimerVariant.FIXED);
    QemuTimer a = timer(l, 1);
    l.timerModNs(a, 10);
    l.timerModNs(timer(l, 2), 20);
    onceAt("timer-list.read.after-head-load", () -> l.timerModNs(a, 30));
    clock.set(0);
    assertEquals(30, l.timerlistDeadlineNs());
    assertEquals(20, l.timerlistDeadlineNs());
  }

  @Test
  void lockedReadOfTheHeadIsNeverStale() {
    TimerList l = list(TimerVariant.BEFORE);
    QemuTimer a = timer(l, 1);
    l.timerModNs(a, 10);
    l.timerModNs(timer(l, 2), 20);
    onceAt("os.mutex.unlock@active_timers_lock", () -> { });
    clock.set(0);
    assertEquals(10, l.timerlistDeadlineNs());
  }
}
