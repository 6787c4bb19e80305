package minotaur.model;

import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.Symbol;
import clojure.lang.TaggedLiteral;
import java.util.function.Supplier;
import minotaur.history.Op;

/**
 * The terminal state of a model after an impossible operation; {@link #message()} says why.
 *
 * <p>The message may be computed lazily ({@link #because}): a search meets inconsistent steps far
 * more often than it reports one, and printing values is the costly part. The cached message is a
 * String (immutable, safely published even through a data race), so racing threads at worst
 * compute it twice.
 */
public final class Inconsistent implements Model {
  private static final Symbol TAG = Symbol.intern("minotaur.model", "inconsistent");
  private static final Keyword MSG = Keyword.intern("msg");

  private final Supplier<String> why;
  private String message;

  public Inconsistent(String message) {
    this.message = message;
    this.why = null;
  }

  private Inconsistent(Supplier<String> why) {
    this.why = why;
  }

  /** An inconsistency whose message is computed only if asked for. */
  public static Inconsistent because(Supplier<String> why) {
    return new Inconsistent(why);
  }

  public String message() {
    String m = message;
    if (m == null) {
      m = why.get();
      message = m;
    }
    return m;
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
    return TaggedLiteral.create(TAG, PersistentArrayMap.EMPTY.assoc(MSG, message()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Inconsistent i && i.message().equals(message());
  }

  @Override
  public int hashCode() {
    return message().hashCode();
  }

  @Override
  public String toString() {
    return message();
  }
}
