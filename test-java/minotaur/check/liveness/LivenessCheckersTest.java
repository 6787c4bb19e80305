package minotaur.check.liveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import minotaur.history.Op;
import minotaur.check.Verdict;
import org.junit.jupiter.api.Test;

/** Each liveness checker on a known-bad history (caught) and its repaired twin (passes). */
class LivenessCheckersTest {
  private static final long MS = 1_000_000;
  private static final Keyword SCHEDULE = Keyword.intern("schedule");
  private static final Keyword POLL = Keyword.intern("poll");
  private static final Predicate<Op> IS_POLL = op -> POLL.equals(op.f());

  /** Builds a history with indices and times (ms). */
  private static final class H {
    final List<Op> ops = new ArrayList<>();

    H add(long ms, Op op) {
      ops.add(op.withTime(ms * MS).withIndex(ops.size()));
      return this;
    }
  }

  private static final minotaur.check.liveness.Wakeups BH = new minotaur.check.liveness.Wakeups() {
    @Override public List<Object> obligations(Op i, Op c) {
      return SCHEDULE.equals(i.f()) && Boolean.FALSE.equals(c.get("merged")) ? List.of(i.value()) : List.of();
    }
    @Override public List<Object> discharges(Op i, Op c) {
      return POLL.equals(i.f()) && c.value() instanceof List<?> l ? List.copyOf(l) : List.of();
    }
    @Override public boolean isWait(Op i) { return POLL.equals(i.f()); }
  };

  private static Object valid(IPersistentMap verdict) {
    return verdict.valAt(Verdict.VALID);
  }

  private static IPersistentMap check(Function<List<Op>, Verdict> checker, H h) {
    return checker.apply(h.ops).toEdn();
  }

  private static H scheduleThenPollBlocked(boolean runFirst) {
    H h = new H()
        .add(0, Op.invoke(1, "schedule", 2L)).add(1, Op.ok(1, "schedule", 2L).with("merged", false))
        .add(2, Op.invoke(0, "poll", null));
    if (runFirst) h.add(3, Op.ok(0, "poll", List.of(2L))).add(4, Op.invoke(0, "poll", null));
    return h.add(1_000, Op.info(0, "poll", null).with("error", Keyword.intern("still-blocked")));
  }

  @Test
  void lostWakeupNamesTheMissedSchedule() {
    IPersistentMap v = check(new LostWakeupChecker(BH, 200 * MS)::check, scheduleThenPollBlocked(false));
    assertEquals(Boolean.FALSE, valid(v));
    String s = v.toString();
    assertTrue(s.contains(":missed-notify {:type :ok, :f :schedule, :value 2"), s);
    assertTrue(s.contains(":waiter {:type :invoke, :f :poll"), s);
    assertEquals(Boolean.TRUE, valid(check(new LostWakeupChecker(BH, 200 * MS)::check, scheduleThenPollBlocked(true))));
  }

  @Test
  void aPollThatRanTheBhBeforeTheScheduleReturnedIsNotBlamed() {
    H h = new H()
        .add(0, Op.invoke(1, "schedule", 2L)).add(1, Op.invoke(0, "poll", null))
        .add(2, Op.ok(0, "poll", List.of(2L))).add(3, Op.ok(1, "schedule", 2L).with("merged", false))
        .add(4, Op.invoke(0, "poll", null))
        .add(1_000, Op.info(0, "poll", null).with("error", Keyword.intern("timeout")));
    assertEquals(Boolean.TRUE, valid(check(new LostWakeupChecker(BH, 200 * MS)::check, h)));
  }

  @Test
  void aLateWakeupIsALostOne() {
    H h = new H()
        .add(0, Op.invoke(0, "poll", null))
        .add(1, Op.invoke(1, "schedule", 2L)).add(2, Op.ok(1, "schedule", 2L).with("merged", false))
        .add(500, Op.invoke(1, "schedule", 3L)).add(501, Op.ok(1, "schedule", 3L).with("merged", false))
        .add(502, Op.ok(0, "poll", List.of(3L, 2L)));
    IPersistentMap v = check(new LostWakeupChecker(BH, 200 * MS)::check, h);
    assertEquals(Boolean.FALSE, valid(v), v.toString());
  }

  @Test
  void aWaitWokenInTimeButStarvedOfACpuIsNotALostOne() {
    H woken = new H()
        .add(0, Op.invoke(0, "poll", null))
        .add(1, Op.invoke(1, "schedule", 2L)).add(2, Op.ok(1, "schedule", 2L).with("merged", false))
        .add(502, Op.ok(0, "poll", List.of(2L)).with("woken-at", 3 * MS));
    assertEquals(Boolean.TRUE, valid(check(new LostWakeupChecker(BH, 200 * MS)::check, woken)));
    H late = new H()
        .add(0, Op.invoke(0, "poll", null))
        .add(1, Op.invoke(1, "schedule", 2L)).add(2, Op.ok(1, "schedule", 2L).with("merged", false))
        .add(502, Op.ok(0, "poll", List.of(2L)).with("woken-at", 501 * MS));
    assertEquals(Boolean.FALSE, valid(check(new LostWakeupChecker(BH, 200 * MS)::check, late)), "woken 499 ms after the notify");
  }

  /** A poll that found the BH without sleeping, then waited 500 ms for a CPU, missed no wake. */
  @Test
  void aWaitThatNeverSleptIsNeverLate() {
    for (Boolean slept : new Boolean[] {false, true, null}) {
      Op done = Op.ok(0, "poll", List.of(2L));
      H h = new H()
          .add(0, Op.invoke(0, "poll", null))
          .add(1, Op.invoke(1, "schedule", 2L)).add(2, Op.ok(1, "schedule", 2L).with("merged", false))
          .add(502, slept == null ? done : done.with("slept", slept));
      Object expected = Boolean.FALSE.equals(slept) ? Boolean.TRUE : Boolean.FALSE;
      assertEquals(expected, valid(check(new LostWakeupChecker(BH, 200 * MS)::check, h)), ":slept " + slept);
    }
  }

  @Test
  void aGiveUpCountsOnlyIfTheThreadWasBlocked() {
    for (String where : new String[] {"blocked", "woken", "none"}) {
      H h = scheduleThenPollBlocked(false);
      int last = h.ops.size() - 1;
      h.ops.set(last, h.ops.get(last).with("os-wait", Keyword.intern(where)));
      Object expected = where.equals("blocked") ? Boolean.FALSE : Verdict.UNKNOWN;
      assertEquals(expected, valid(check(new LostWakeupChecker(BH, 200 * MS)::check, h)), ":os-wait :" + where);
    }
  }

  /**
   * A wait given up on while its thread could still act may run BHs unrecorded afterwards: a later
   * wait given up on with their schedules outstanding is not judged. One found before still is.
   */
  @Test
  void nothingAfterAGivenUpWaitWhoseThreadCouldActIsJudged() {
    Keyword blocked = Keyword.intern("blocked");
    Op timeout = Op.info(0, "poll", null).with("error", Keyword.intern("timeout"));
    H after = new H()
        .add(0, Op.invoke(0, "poll", null))
        .add(600, timeout.with("os-wait", Keyword.intern("none")))
        .add(601, Op.invoke(1, "schedule", 2L)).add(602, Op.ok(1, "schedule", 2L).with("merged", false))
        .add(603, Op.invoke(4, "poll", null))
        .add(1_500, Op.info(4, "poll", null).with("error", Keyword.intern("timeout")).with("os-wait", blocked));
    IPersistentMap v = check(new LostWakeupChecker(BH, 200 * MS)::check, after);
    assertEquals(Verdict.UNKNOWN, valid(v), v.toString());
    assertTrue(v.toString().contains("not judged after index 1"), v.toString());
    H before = scheduleThenPollBlocked(false);
    int last = before.ops.size() - 1;
    before.ops.set(last, before.ops.get(last).with("os-wait", blocked));
    before.add(1_001, Op.invoke(4, "poll", null)).add(1_600, timeout.withProcess(4).with("os-wait", Keyword.intern("woken")));
    assertEquals(Boolean.FALSE, valid(check(new LostWakeupChecker(BH, 200 * MS)::check, before)));
  }

  @Test
  void exactlyOnceCatchesADoubleRun() {
    H h = new H()
        .add(0, Op.invoke(1, "schedule", 2L)).add(1, Op.ok(1, "schedule", 2L).with("merged", false))
        .add(2, Op.invoke(1, "schedule", 2L)).add(3, Op.ok(1, "schedule", 2L).with("merged", true))
        .add(4, Op.invoke(0, "poll", null)).add(5, Op.ok(0, "poll", List.of(2L, 2L)));
    Verdict twice = new ExactlyOnceChecker(BH).check(h.ops);
    assertEquals(Boolean.FALSE, twice.valid());
    assertEquals(List.of(h.ops.get(5)), twice.failing(), "the poll that ran it once more than scheduled");
    assertEquals(1, twice.explanation().size(), twice.toString());
    h.ops.set(3, h.ops.get(3).with("merged", false));
    assertEquals(Boolean.TRUE, valid(check(new ExactlyOnceChecker(BH)::check, h)));
  }

  @Test
  void busyLoopIsTwoEmptyWaitsWithNoNotifyBetween() {
    Predicate<Op> empty = op -> op.value() instanceof List<?> l && l.isEmpty();
    H spin = new H()
        .add(0, Op.invoke(0, "poll", null)).add(1, Op.ok(0, "poll", List.of()))
        .add(2, Op.invoke(0, "poll", null)).add(3, Op.ok(0, "poll", List.of()));
    assertEquals(Boolean.FALSE, valid(check(new BusyLoopChecker(IS_POLL, empty, SCHEDULE)::check, spin)));
    H stale = new H()
        .add(0, Op.invoke(1, "schedule", 1L))
        .add(1, Op.invoke(0, "poll", null)).add(2, Op.ok(1, "schedule", 1L).with("merged", true))
        .add(3, Op.ok(0, "poll", List.of()))
        .add(4, Op.invoke(0, "poll", null)).add(5, Op.ok(0, "poll", List.of()));
    assertEquals(Boolean.TRUE, valid(check(new BusyLoopChecker(IS_POLL, empty, SCHEDULE)::check, stale)),
        "a notify in flight during the first wait excuses the second");
  }
}
