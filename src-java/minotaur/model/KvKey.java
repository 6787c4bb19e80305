package minotaur.model;

import java.util.List;
import minotaur.history.Op;

/**
 * One key of a {@link Kv} store: what a kv history's partition for that key is checked against.
 * Same semantics as {@link Kv}, with the string held directly: partitions of large kv histories
 * create many states, and a string is far cheaper to step, hash and compare than a map.
 *
 * <p>The string is a rope: a state made by {@code :append} is its predecessor plus the appended
 * text, so an append costs O(|text|), not a copy of a string that grows with the history (a
 * search of a 50-client kv history makes ~10^5 states of a few hundred characters each). The hash
 * is {@link String#hashCode} of the whole string, computed incrementally (h(a + b) = h(a) *
 * 31^|b| + h(b)); equality and reads compare characters walking both ropes from the end (a shared node cuts
 * the walk short). Nodes are immutable.
 */
public final class KvKey implements Model {
  private final Object key;
  /** The state this one appended to; null for a string written whole. */
  private final KvKey before;
  /** The appended text, or the whole string when {@code before} is null. */
  private final String text;
  private final int length;
  private final int hash;

  public KvKey(Object key, String value) {
    this(key, null, value, value.length(), value.hashCode());
  }

  private KvKey(Object key, KvKey before, String text, int length, int hash) {
    this.key = key;
    this.before = before;
    this.text = text;
    this.length = length;
    this.hash = hash;
  }

  private KvKey append(String suffix) {
    if (suffix.isEmpty()) return this;
    int h = hash;
    for (int i = 0; i < suffix.length(); i++) h *= 31;
    return new KvKey(key, this, suffix, length + suffix.length(), h + suffix.hashCode());
  }

  @Override
  public Model step(Op op) {
    Model next = stepIfConsistent(op);
    if (next != null) return next;
    Object v = ((List<?>) op.value()).get(1);
    return Inconsistent.because(() -> "can't read " + Values.pr(v) + " from key " + Values.pr(key)
        + " holding " + Values.pr(value()));
  }

  /** Only a read can be inconsistent. */
  @Override
  public Model stepIfConsistent(Op op) {
    if (!(op.value() instanceof List<?> kv) || kv.size() != 2 || !Values.eq(key, kv.get(0))) {
      throw new IllegalArgumentException("kv key " + Values.pr(key) + ": an op value must be ["
          + Values.pr(key) + " value]: " + op);
    }
    Object v = kv.get(1);
    switch (Values.f(op, "kv")) {
      case "read":
        return v == null || v instanceof String s && holds(s) ? this : null;
      case "write":
        return new KvKey(key, Kv.text(v));
      case "append":
        return append(Kv.text(v));
      default:
        throw Values.unknown("kv", op, ":read, :write or :append");
    }
  }

  private boolean holds(String s) {
    return s.length() == length && s.hashCode() == hash && sameChars(this, new KvKey(key, s));
  }

  /** The string, flattened. */
  String value() {
    char[] chars = new char[length];
    int end = length;
    for (KvKey n = this; n != null; n = n.before) {
      end -= n.text.length();
      n.text.getChars(0, n.text.length(), chars, end);
    }
    return new String(chars);
  }

  /** Whether two ropes of equal length hold the same characters; compares from the end. */
  private static boolean sameChars(KvKey a, KvKey b) {
    int ia = a.text.length();
    int ib = b.text.length();
    while (true) {
      // The same node at the same offset: everything before is the same too.
      if (a == b && ia == ib) return true;
      while (ia == 0 && a.before != null) {
        a = a.before;
        ia = a.text.length();
      }
      while (ib == 0 && b.before != null) {
        b = b.before;
        ib = b.text.length();
      }
      if (ia == 0 || ib == 0) return ia == ib;
      int k = Math.min(ia, ib);
      if (!a.text.regionMatches(ia - k, b.text, ib - k, k)) return false;
      ia -= k;
      ib -= k;
    }
  }

  @Override
  public boolean preservesState(Op op) {
    return Values.isF(op, "read");
  }

  @Override
  public Object toEdn() {
    return Values.tagged("kv", "strings", clojure.lang.PersistentArrayMap.EMPTY.assoc(key, value()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KvKey k && hash == k.hash && length == k.length && Values.eq(key, k.key)
        && sameChars(this, k);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return Values.pr(key) + " " + Values.pr(value());
  }
}
