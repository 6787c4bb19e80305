package minotaur.model;

import java.util.List;
import minotaur.history.Op;

/**
 * One key of a {@link Kv} store: what a kv history's partition for that key is checked against.
 * Same semantics as {@link Kv}, with the string held directly: partitions of large kv histories
 * create many states, and a plain string is far cheaper to step, hash and compare than a map.
 */
public final class KvKey implements Model {
  private final Object key;
  private final String value;

  public KvKey(Object key, String value) {
    this.key = key;
    this.value = value;
  }

  @Override
  public Model step(Op op) {
    if (!(op.value() instanceof List<?> kv) || kv.size() != 2 || !Values.eq(key, kv.get(0))) {
      throw new IllegalArgumentException("kv key " + Values.pr(key) + ": an op value must be ["
          + Values.pr(key) + " value]: " + op);
    }
    Object v = kv.get(1);
    switch (Values.f(op, "kv")) {
      case "read":
        if (v == null || value.equals(v)) return this;
        return Inconsistent.because(() -> "can't read " + Values.pr(v) + " from key " + Values.pr(key)
            + " holding " + Values.pr(value));
      case "write":
        return new KvKey(key, Kv.text(v));
      case "append":
        return new KvKey(key, value.concat(Kv.text(v)));
      default:
        throw Values.unknown("kv", op, ":read, :write or :append");
    }
  }

  @Override
  public Object toEdn() {
    return Values.tagged("kv", "strings", clojure.lang.PersistentArrayMap.EMPTY.assoc(key, value));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KvKey k && value.equals(k.value) && Values.eq(key, k.key);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return Values.pr(key) + " " + Values.pr(value);
  }
}
