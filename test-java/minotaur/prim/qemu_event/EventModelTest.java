package minotaur.prim.qemu_event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.List;
import minotaur.history.BadInput;
import minotaur.history.Op;
import minotaur.model.EventModel;
import minotaur.model.Model;
import minotaur.model.Models;
import minotaur.run.RunContext;
import org.junit.jupiter.api.Test;

/**
 * The manual-reset event model and W1 on qemu-event histories: each known-bad history is caught,
 * and its repaired twin passes.
 */
class EventModelTest {
  /** Builds a history in order, with indices. */
  private static final class H {
    final List<Op> ops = new ArrayList<>();

    H add(Op op) {
      ops.add(op.withIndex(ops.size()).withTime(ops.size()));
      return this;
    }

    Object w1() {
      return EventHistory.linearizable(false).check(ops, RunContext.of("qemu-event", "test", 1)).valid();
    }
  }

  @Test
  void stepsAreThoseOfAManualResetEvent() {
    Model m = Models.named("event", null);
    assertEquals(EventModel.CLEAR, m);
    assertEquals(EventModel.SET, m.step(Op.ok(0, "set", null)));
    assertEquals(EventModel.SET, EventModel.SET.step(Op.ok(0, "set", null)), "set on a set event is a no-op");
    assertEquals(EventModel.CLEAR, EventModel.SET.step(Op.ok(0, "reset", null)));
    assertEquals(EventModel.CLEAR, EventModel.CLEAR.step(Op.ok(0, "reset", null)));
    assertEquals(EventModel.SET, EventModel.SET.step(Op.ok(0, "is-set", true)));
    assertEquals(EventModel.SET, EventModel.SET.step(Op.ok(0, "is-set", null)), "an unknown read is legal");
    assertTrue(EventModel.SET.step(Op.ok(0, "is-set", false)).isInconsistent());
    assertTrue(EventModel.CLEAR.step(Op.ok(0, "is-set", true)).isInconsistent());
    assertEquals(EventModel.SET, Models.named("event", true));
    assertThrows(IllegalArgumentException.class, () -> EventModel.SET.step(Op.ok(0, "wait", null)));
    assertThrows(BadInput.class, () -> Models.named("event", 3L));
  }

  /** A reset that returned, then a set that returned, then a read of "reset": no order explains it. */
  @Test
  void aReadOfResetAfterACompletedSetIsCaught() {
    H bad = new H()
        .add(Op.invoke(1, "reset", null)).add(Op.ok(1, "reset", null))
        .add(Op.invoke(2, "set", null)).add(Op.ok(2, "set", null))
        .add(Op.invoke(1, "is-set", null)).add(Op.ok(1, "is-set", false));
    assertEquals(Boolean.FALSE, bad.w1());
    H concurrentReset = new H()
        .add(Op.invoke(2, "set", null)).add(Op.ok(2, "set", null))
        .add(Op.invoke(3, "reset", null))
        .add(Op.invoke(1, "is-set", null)).add(Op.ok(1, "is-set", false))
        .add(Op.ok(3, "reset", null));
    assertEquals(Boolean.TRUE, concurrentReset.w1(), "a reset overlapping the read explains it");
  }

  /** A notify is a set of the event; the waiter's :await is not a W1 op, its :reset is. */
  @Test
  void notifyCountsAsSetAndAwaitIsLeftToW2() {
    H bad = new H()
        .add(Op.invoke(0, "await", null))
        .add(Op.invoke(1, "notify", null)).add(Op.ok(1, "notify", null))
        .add(Op.invoke(2, "is-set", null)).add(Op.ok(2, "is-set", false))
        .add(Op.info(0, "await", null).with("error", Keyword.intern("still-blocked")));
    assertEquals(Boolean.FALSE, bad.w1(), "nothing reset the event the notify set");
    H good = new H()
        .add(Op.invoke(1, "notify", null)).add(Op.ok(1, "notify", null))
        .add(Op.invoke(0, "reset", null)).add(Op.ok(0, "reset", null))
        .add(Op.invoke(0, "await", null))
        .add(Op.invoke(2, "is-set", null)).add(Op.ok(2, "is-set", false))
        .add(Op.info(0, "await", null).with("error", Keyword.intern("still-blocked")));
    assertEquals(Boolean.TRUE, good.w1());
    assertFalse(EventHistory.eventOps(good.ops).stream().anyMatch(op -> op.f().getName().equals("await")));
  }
}
