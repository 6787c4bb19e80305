package minotaur.model;

import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.Symbol;
import clojure.lang.TaggedLiteral;
import clojure.lang.Util;
import minotaur.history.Edn;
import minotaur.history.Op;

/** Clojure value semantics for models: equality is Clojure's {@code =}, as in Knossos. */
final class Values {
  private Values() {}

  static boolean eq(Object a, Object b) {
    return Util.equiv(a, b);
  }

  static int hash(Object v) {
    return Util.hasheq(v);
  }

  static String pr(Object v) {
    return Edn.print(v);
  }

  /** The op's {@code :f} name; an op without {@code :f} is bad input. */
  static String f(Op op, String model) {
    Keyword f = op.f();
    if (f == null) throw new IllegalArgumentException(model + ": op has no :f: " + op);
    return f.getName();
  }

  /** Whether the op's {@code :f} is {@code name}; false for an op without {@code :f}. */
  static boolean isF(Op op, String name) {
    return op.f() != null && op.f().getName().equals(name);
  }

  static IllegalArgumentException unknown(String model, Op op, String expected) {
    return new IllegalArgumentException(
        model + " has no operation " + Values.pr(op.f()) + " (expected " + expected + "): " + op);
  }

  /** {@code #minotaur.model/<name> {<key> <value>}}: prints like a Knossos model record. */
  static Object tagged(String name, String key, Object value) {
    return TaggedLiteral.create(Symbol.intern("minotaur.model", name),
        PersistentArrayMap.EMPTY.assoc(Keyword.intern(key), value));
  }
}
