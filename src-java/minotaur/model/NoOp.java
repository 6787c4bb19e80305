package minotaur.model;

import minotaur.history.Op;

/** A model every operation leaves unchanged: checks only that a history is well formed. */
public final class NoOp implements Model {
  public static final NoOp INSTANCE = new NoOp();

  private NoOp() {}

  @Override
  public Model step(Op op) {
    return this;
  }

  @Override
  public boolean preservesState(Op op) {
    return true;
  }

  @Override
  public Object toEdn() {
    return Values.tagged("noop", "value", null);
  }

  @Override
  public String toString() {
    return "noop";
  }
}
