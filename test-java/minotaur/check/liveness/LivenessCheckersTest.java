package minotaur.check.liveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import minotaur.history.Op;
import minotaur.run.RunContext;
import minotaur.run.Verdicts;
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

  private static IPersistentMap check(minotaur.run.Checker c, H h) {
    return c.check(h.ops, RunContext.of("aio", "test", 1));
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
    IPersistentMap v = check(new LostWakeupChecker(BH, 200 * MS), scheduleThenPollBlocked(false));
    assertEquals(Boolean.FALSE, Verdicts.valid(v));
    String s = v.toString();
    assertTrue(s.contains(":missed-notify {:type :ok, :f :schedule, :value 2"), s);
    assertTrue(s.contains(":waiter {:type :invoke, :f :poll"), s);
    assertEquals(Boolean.TRUE, Verdicts.valid(check(new LostWakeupChecker(BH, 200 * MS), scheduleThenPollBlocked(true))));
  }

  @Test
  void aPollThatRanTheBhBeforeTheScheduleReturnedIsNotBlamed() {
    H h = new H()
        .add(0, Op.invoke(1, "schedule", 2L)).add(1, Op.invoke(0, "poll", null))
        .add(2, Op.ok(0, "poll", List.of(2L))).add(3, Op.ok(1, "schedule", 2L).with("merged", false))
        .add(4, Op.invoke(0, "poll", null))
        .add(1_000, Op.info(0, "poll", null).with("error", Keyword.intern("timeout")));
    assertEquals(Boolean.TRUE, Verdicts.valid(check(new LostWakeupChecker(BH, 200 * MS), h)));
  }

  @Test
  void aLateWakeupIsALostOne() {
    H h = new H()
        .add(0, Op.invoke(0, "poll", null))
        .add(1, Op.invoke(1, "schedule", 2L)).add(2, Op.ok(1, "schedule", 2L).with("merged", false))
        .add(500, Op.invoke(1, "schedule", 3L)).add(501, Op.ok(1, "schedule", 3L).with("merged", false))
        .add(502, Op.ok(0, "poll", List.of(3L, 2L)));
    IPersistentMap v = check(new LostWakeupChecker(BH, 200 * MS), h);
    assertEquals(Boolean.FALSE, Verdicts.valid(v), v.toString());
  }

  @Test
  void exactlyOnceCatchesADoubleRun() {
    H h = new H()
        .add(0, Op.invoke(1, "schedule", 2L)).add(1, Op.ok(1, "schedule", 2L).with("merged", false))
        .add(2, Op.invoke(1, "schedule", 2L)).add(3, Op.ok(1, "schedule", 2L).with("merged", true))
        .add(4, Op.invoke(0, "poll", null)).add(5, Op.ok(0, "poll", List.of(2L, 2L)));
    assertEquals(Boolean.FALSE, Verdicts.valid(check(new ExactlyOnceChecker(BH), h)));
    h.ops.set(3, h.ops.get(3).with("merged", false));
    assertEquals(Boolean.TRUE, Verdicts.valid(check(new ExactlyOnceChecker(BH), h)));
  }

  @Test
  void busyLoopIsTwoEmptyWaitsWithNoNotifyBetween() {
    Predicate<Op> empty = op -> op.value() instanceof List<?> l && l.isEmpty();
    H spin = new H()
        .add(0, Op.invoke(0, "poll", null)).add(1, Op.ok(0, "poll", List.of()))
        .add(2, Op.invoke(0, "poll", null)).add(3, Op.ok(0, "poll", List.of()));
    assertEquals(Boolean.FALSE, Verdicts.valid(check(new BusyLoopChecker(IS_POLL, empty, SCHEDULE), spin)));
    H stale = new H()
        .add(0, Op.invoke(1, "schedule", 1L))
        .add(1, Op.invoke(0, "poll", null)).add(2, Op.ok(1, "schedule", 1L).with("merged", true))
        .add(3, Op.ok(0, "poll", List.of()))
        .add(4, Op.invoke(0, "poll", null)).add(5, Op.ok(0, "poll", List.of()));
    assertEquals(Boolean.TRUE, Verdicts.valid(check(new BusyLoopChecker(IS_POLL, empty, SCHEDULE), stale)),
        "a notify in flight during the first wait excuses the second");
  }
}
