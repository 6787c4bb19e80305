package minotaur.model;

import java.util.List;
import minotaur.history.Op;

/**
 * A compare-and-set register: {@code :write v}; {@code :cas [old new]} succeeds only if the value
 * is {@code old}; {@code :read v} must see the current value, and a read of nil (unknown result)
 * is always legal.
 */
public final class CasRegister implements Model {
  private final Object value;

  public CasRegister(Object value) {
    this.value = value;
  }

  public Object value() {
    return value;
  }

  @Override
  public Model step(Op op) {
    switch (Values.f(op, "cas-register")) {
      case "write":
        return new CasRegister(op.value());
      case "cas": {
        if (!(op.value() instanceof List<?> pair) || pair.size() != 2) {
          throw new IllegalArgumentException("cas-register: a :cas value must be [old new]: " + op);
        }
        Object cur = pair.get(0);
        Object next = pair.get(1);
        if (Values.eq(cur, value)) return new CasRegister(next);
        return Inconsistent.because(() -> "can't CAS " + Values.pr(value) + " from " + Values.pr(cur)
            + " to " + Values.pr(next));
      }
      case "read":
        if (op.value() == null || Values.eq(value, op.value())) return this;
        return Inconsistent.because(() -> "can't read " + Values.pr(op.value()) + " from register "
            + Values.pr(value));
      default:
        throw Values.unknown("cas-register", op, ":read, :write or :cas");
    }
  }

  /** Reads, and a CAS from a value to itself. */
  @Override
  public boolean preservesState(Op op) {
    if (Values.isF(op, "read")) return true;
    return Values.isF(op, "cas") && op.value() instanceof List<?> pair && pair.size() == 2
        && Values.eq(pair.get(0), pair.get(1));
  }

  @Override
  public Object toEdn() {
    return Values.tagged("cas-register", "value", value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CasRegister r && Values.eq(value, r.value);
  }

  @Override
  public int hashCode() {
    return Values.hash(value) * 31 + 1;
  }

  @Override
  public String toString() {
    return Values.pr(value);
  }
}
