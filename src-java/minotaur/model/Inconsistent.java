package minotaur.model;

import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.Symbol;
import clojure.lang.TaggedLiteral;
import minotaur.history.Op;

/** The terminal state of a model after an impossible operation; {@link #message()} says why. */
public final class Inconsistent implements Model {
  private static final Symbol TAG = Symbol.intern("minotaur.model", "inconsistent");
  private static final Keyword MSG = Keyword.intern("msg");

  private final String message;

  public Inconsistent(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }

  /** Stays inconsistent, as Knossos's {@code Inconsistent} record does. */
  @Override
  public Model step(Op op) {
    return this;
  }

  @Override
  public boolean isInconsistent() {
    return true;
  }

  @Override
  public Object toEdn() {
    return TaggedLiteral.create(TAG, PersistentArrayMap.EMPTY.assoc(MSG, message));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Inconsistent i && i.message.equals(message);
  }

  @Override
  public int hashCode() {
    return message.hashCode();
  }

  @Override
  public String toString() {
    return message;
  }
}
