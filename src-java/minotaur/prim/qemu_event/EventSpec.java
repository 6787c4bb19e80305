package minotaur.prim.qemu_event;

import minotaur.history.Op;
import minotaur.model.EventModel;
import minotaur.model.Model;

/**
 * The sequential specification of a QemuEvent's {@code set}, {@code reset} and {@code is-set}, in
 * one place for both checkers: the history checker steps {@link EventModel} directly (W1, {@link
 * EventHistory}), and Lincheck uses this class as its {@code sequentialSpecification}, whose
 * operations step the same immutable model. Equality is the model state's, so Lincheck can merge
 * equal states. The event starts reset, as {@code qemu_event_init(ev, false)}.
 */
public final class EventSpec {
  private Model state = EventModel.CLEAR;

  public void set() {
    state = state.step(Op.ok(0, "set", null));
  }

  public void reset() {
    state = state.step(Op.ok(0, "reset", null));
  }

  public boolean isSet() {
    return ((EventModel) state).isSet();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventSpec s && state.equals(s.state);
  }

  @Override
  public int hashCode() {
    return state.hashCode();
  }
}
