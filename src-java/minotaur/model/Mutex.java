package minotaur.model;

import minotaur.history.Op;

/** A single lock: {@code :acquire} needs it free, {@code :release} needs it held. */
public final class Mutex implements Model {
  public static final Mutex FREE = new Mutex(false);
  public static final Mutex LOCKED = new Mutex(true);
  private static final Inconsistent HELD = new Inconsistent("already held");
  private static final Inconsistent NOT_HELD = new Inconsistent("not held");

  private final boolean locked;

  private Mutex(boolean locked) {
    this.locked = locked;
  }

  public boolean locked() {
    return locked;
  }

  @Override
  public Model step(Op op) {
    switch (Values.f(op, "mutex")) {
      case "acquire":
        return locked ? HELD : LOCKED;
      case "release":
        return locked ? FREE : NOT_HELD;
      default:
        throw Values.unknown("mutex", op, ":acquire or :release");
    }
  }

  @Override
  public Object toEdn() {
    return Values.tagged("mutex", "locked?", locked);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mutex m && m.locked == locked;
  }

  @Override
  public int hashCode() {
    return locked ? 1231 : 1237;
  }

  @Override
  public String toString() {
    return locked ? "locked" : "free";
  }
}
