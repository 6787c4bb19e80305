package minotaur.model;

import clojure.lang.IPersistentMap;
import clojure.lang.PersistentArrayMap;
import clojure.lang.PersistentHashMap;
import java.util.List;
import minotaur.history.Op;

/**
 * Registers identified by keys, accessed by transactions: the only {@code :f} is {@code :txn},
 * whose value is a sequence of {@code [:read k v]} and {@code [:write k v]}; a read of nil is
 * always legal. Partitions by key when a transaction touches a single key.
 */
public final class MultiRegister implements KeyedModel {
  private final IPersistentMap values;

  public MultiRegister(IPersistentMap values) {
    this.values = values == null ? PersistentArrayMap.EMPTY : values;
  }

  @Override
  public Model step(Op op) {
    if (!"txn".equals(Values.f(op, "multi-register"))) {
      throw Values.unknown("multi-register", op, ":txn");
    }
    IPersistentMap state = values;
    for (Object mop : micros(op)) {
      List<?> m = (List<?>) mop;
      Object k = m.get(1);
      Object v = m.get(2);
      switch (String.valueOf(m.get(0))) {
        case ":read":
          if (v != null && !Values.eq(v, state.valAt(k))) {
            Object seen = state.valAt(k);
            return Inconsistent.because(() -> Values.pr(seen) + "≠" + Values.pr(v));
          }
          break;
        case ":write":
          state = state.assoc(k, v);
          break;
        default:
          throw new IllegalArgumentException(
              "multi-register: a txn step must be [:read|:write key value]: " + op);
      }
    }
    return state == values ? this : new MultiRegister(state);
  }

  /** A txn of reads only. */
  @Override
  public boolean preservesState(Op op) {
    if (!Values.isF(op, "txn") || !(op.value() instanceof List<?> txn)) return false;
    for (Object m : txn) {
      if (!(m instanceof List<?> l) || l.size() != 3 || !":read".equals(String.valueOf(l.get(0)))) return false;
    }
    return true;
  }

  private static List<?> micros(Op op) {
    if (!(op.value() instanceof List<?> txn)) {
      throw new IllegalArgumentException("multi-register: a :txn value must be a sequence: " + op);
    }
    for (Object m : txn) {
      if (!(m instanceof List<?> l) || l.size() != 3) {
        throw new IllegalArgumentException(
            "multi-register: a txn step must be [:read|:write key value]: " + op);
      }
    }
    return txn;
  }

  @Override
  public Object keyOf(Op op) {
    Object key = null;
    for (Object m : micros(op)) {
      Object k = ((List<?>) m).get(1);
      if (key != null && !Values.eq(key, k)) return null;
      key = k;
    }
    return key;
  }

  @Override
  public Model restrict(Object key) {
    IPersistentMap only = PersistentHashMap.EMPTY;
    if (values.containsKey(key)) only = only.assoc(key, values.valAt(key));
    return new MultiRegister(only);
  }

  @Override
  public Object toEdn() {
    return Values.tagged("multi-register", "values", values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MultiRegister r && Values.eq(values, r.values);
  }

  @Override
  public int hashCode() {
    return Values.hash(values);
  }

  @Override
  public String toString() {
    return Values.pr(values);
  }
}
