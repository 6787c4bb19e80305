package minotaur.prim.qemu_event;

import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import minotaur.check.CheckOptions;
import minotaur.check.Linearizability;
import minotaur.history.Op;
import minotaur.model.EventModel;
import minotaur.run.Checker;

/**
 * W1 on a {@code qemu-event} history: {@code set}, {@code reset} and {@code is-set} are
 * linearizable against a manual-reset event ({@link EventModel}).
 *
 * <p>The history is first restricted to the ops that act on the event alone. A {@code :notify}
 * is the Promela notifier ({@code value = true; set()}): its store of the user flag is not the
 * event's, so it counts as a {@code :set}. An {@code :await} ({@code if (!value) wait();}, the
 * waiter's own {@code :reset} being a separate op) is dropped: a wait never changes the event
 * (a waiter's free→busy reads as "not set" either way), and whether it returned when it should is
 * W2's question, not linearizability's, since a wait may return spuriously.
 */
public final class EventHistory {
  private static final Keyword SET = Keyword.intern("set");
  private static final Keyword NOTIFY = Keyword.intern("notify");
  private static final Set<Keyword> EVENT_OPS = Set.of(SET, Keyword.intern("reset"), Keyword.intern("is-set"));

  private EventHistory() {}

  /** The client ops of {@code history} that act on the event, a {@code :notify} as a {@code :set}. */
  public static List<Op> eventOps(List<Op> history) {
    List<Op> ops = new ArrayList<>();
    for (Op op : history) {
      if (!op.isClient()) continue;
      if (NOTIFY.equals(op.f())) ops.add(op.withF(SET));
      else if (EVENT_OPS.contains(op.f())) ops.add(op);
    }
    return ops;
  }

  /** The W1 checker for an event created set iff {@code initiallySet}: the Knossos-shaped result. */
  public static Checker linearizable(boolean initiallySet) {
    EventModel initial = EventModel.of(initiallySet);
    return (history, run) -> Linearizability.check(initial, eventOps(history), CheckOptions.defaults()).verdict();
  }
}
