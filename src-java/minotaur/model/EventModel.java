package minotaur.model;

import minotaur.history.Op;

/**
 * A manual-reset event (Win32 {@code CreateEvent(.., TRUE, ..)}, QEMU's {@code QemuEvent}): one
 * flag. {@code :set} raises it, {@code :reset} lowers it (both always succeed, whatever the
 * state), {@code :is-set v} must read the flag ({@code v} nil, an unknown result, is always
 * legal). A wait is not an operation of this model: it may return spuriously (PROPERTIES.md W1),
 * so it is judged by the lost-wakeup checks, not by linearizability.
 */
public final class EventModel implements Model {
  public static final EventModel SET = new EventModel(true);
  public static final EventModel CLEAR = new EventModel(false);

  private final boolean set;

  private EventModel(boolean set) {
    this.set = set;
  }

  /**
   * The event, initially set iff {@code initiallySet} is {@code true} (nil: reset).
   *
   * @throws ClassCastException if {@code initiallySet} is neither nil nor a boolean
   */
  public static EventModel of(Object initiallySet) {
    return Boolean.TRUE.equals((Boolean) initiallySet) ? SET : CLEAR;
  }

  public boolean isSet() {
    return set;
  }

  @Override
  public Model step(Op op) {
    switch (Values.f(op, "event")) {
      case "set":
        return SET;
      case "reset":
        return CLEAR;
      case "is-set":
        if (op.value() == null || Boolean.valueOf(set).equals(op.value())) return this;
        return Inconsistent.because(() -> "is-set read " + Values.pr(op.value()) + " but the event is "
            + (set ? "set" : "reset"));
      default:
        throw Values.unknown("event", op, ":set, :reset or :is-set");
    }
  }

  @Override
  public Object toEdn() {
    return Values.tagged("event", "set?", set);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventModel e && e.set == set;
  }

  @Override
  public int hashCode() {
    return set ? 1231 : 1237;
  }

  @Override
  public String toString() {
    return set ? "set" : "reset";
  }
}
