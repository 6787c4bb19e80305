package minotaur.model;

import clojure.lang.IPersistentSet;
import clojure.lang.PersistentHashSet;
import minotaur.history.Op;

/** A grow-only set: {@code :add v}; {@code :read s} must see exactly the current set. */
public final class SetModel implements Model {
  private final IPersistentSet elements;

  public SetModel(IPersistentSet elements) {
    this.elements = elements;
  }

  public static SetModel empty() {
    return new SetModel(PersistentHashSet.EMPTY);
  }

  @Override
  public Model step(Op op) {
    switch (Values.f(op, "set")) {
      case "add":
        return new SetModel((IPersistentSet) elements.cons(op.value()));
      case "read":
        if (Values.eq(elements, op.value())) return this;
        return Inconsistent.because(() -> "can't read " + Values.pr(op.value()) + " from " + Values.pr(elements));
      default:
        throw Values.unknown("set", op, ":add or :read");
    }
  }

  @Override
  public boolean preservesState(Op op) {
    return Values.isF(op, "read");
  }

  @Override
  public Object toEdn() {
    return Values.tagged("set", "s", elements);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SetModel s && Values.eq(elements, s.elements);
  }

  @Override
  public int hashCode() {
    return Values.hash(elements);
  }

  @Override
  public String toString() {
    return Values.pr(elements);
  }
}
