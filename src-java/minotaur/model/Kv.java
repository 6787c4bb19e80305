package minotaur.model;

import clojure.lang.IPersistentMap;
import clojure.lang.PersistentArrayMap;
import java.util.List;
import minotaur.history.Op;

/**
 * A key-value store of strings, each key starting at "" (Porcupine's kv model): ops have value
 * {@code [key v]}; {@code :read} must see the current string (a read of nil is an unknown result,
 * always legal), {@code :write} replaces it, {@code :append} concatenates. Partitions by key.
 */
public final class Kv implements KeyedModel {
  private final IPersistentMap strings;

  public Kv(IPersistentMap strings) {
    this.strings = strings == null ? PersistentArrayMap.EMPTY : strings;
  }

  @Override
  public Model step(Op op) {
    String f = Values.f(op, "kv");
    Object key = keyOf(op);
    Object v = ((List<?>) op.value()).get(1);
    String cur = current(key);
    switch (f) {
      case "read":
        if (v == null || cur.equals(v)) return this;
        return Inconsistent.because(() -> "can't read " + Values.pr(v) + " from key " + Values.pr(key)
            + " holding " + Values.pr(cur));
      case "write":
        return with(key, text(v));
      case "append":
        return with(key, cur + text(v));
      default:
        throw Values.unknown("kv", op, ":read, :write or :append");
    }
  }

  /** Keeps "" implicit so that equal states are equal maps. */
  private Kv with(Object key, String s) {
    return new Kv(s.isEmpty() ? strings.without(key) : strings.assoc(key, s));
  }

  private String current(Object key) {
    Object s = strings.valAt(key);
    return s == null ? "" : (String) s;
  }

  static String text(Object v) {
    return v instanceof String s ? s : Values.pr(v);
  }

  @Override
  public Object keyOf(Op op) {
    if (!(op.value() instanceof List<?> kv) || kv.size() != 2) {
      throw new IllegalArgumentException("kv: an op value must be [key value]: " + op);
    }
    return kv.get(0);
  }

  @Override
  public Model restrict(Object key) {
    return new KvKey(key, current(key));
  }

  @Override
  public boolean preservesState(Op op) {
    return Values.isF(op, "read");
  }

  @Override
  public Object toEdn() {
    return Values.tagged("kv", "strings", strings);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Kv k && Values.eq(strings, k.strings);
  }

  @Override
  public int hashCode() {
    return Values.hash(strings);
  }

  @Override
  public String toString() {
    return Values.pr(strings);
  }
}
