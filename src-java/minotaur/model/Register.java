package minotaur.model;

import minotaur.history.Op;

/**
 * A read/write register: {@code :write v} sets the value; {@code :read v} must see the current
 * value, except that a read of nil (an unknown result, e.g. a crashed read) is always legal.
 */
public final class Register implements Model {
  private final Object value;

  public Register(Object value) {
    this.value = value;
  }

  public Object value() {
    return value;
  }

  @Override
  public Model step(Op op) {
    switch (Values.f(op, "register")) {
      case "write":
        return new Register(op.value());
      case "read":
        if (op.value() == null || Values.eq(value, op.value())) return this;
        return Inconsistent.because(() -> Values.pr(value) + "≠" + Values.pr(op.value()));
      default:
        throw Values.unknown("register", op, ":read or :write");
    }
  }

  @Override
  public boolean preservesState(Op op) {
    return Values.isF(op, "read");
  }

  @Override
  public Object toEdn() {
    return Values.tagged("register", "value", value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Register r && Values.eq(value, r.value);
  }

  @Override
  public int hashCode() {
    return Values.hash(value);
  }

  @Override
  public String toString() {
    return Values.pr(value);
  }
}
