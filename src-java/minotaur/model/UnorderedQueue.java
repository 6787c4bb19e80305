package minotaur.model;

import clojure.lang.IPersistentMap;
import clojure.lang.PersistentHashMap;
import minotaur.history.Op;

/**
 * A queue that does not order its elements (a multiset): {@code :enqueue v}; {@code :dequeue v}
 * needs a pending {@code v}. The multiset is a map from element to its count.
 */
public final class UnorderedQueue implements Model {
  private final IPersistentMap counts;

  public UnorderedQueue(IPersistentMap counts) {
    this.counts = counts;
  }

  public static UnorderedQueue empty() {
    return new UnorderedQueue(PersistentHashMap.EMPTY);
  }

  @Override
  public Model step(Op op) {
    Object v = op.value();
    long n = counts.containsKey(v) ? (Long) counts.valAt(v) : 0L;
    switch (Values.f(op, "unordered-queue")) {
      case "enqueue":
        return new UnorderedQueue(counts.assoc(v, n + 1));
      case "dequeue":
        if (n == 0) return Inconsistent.because(() -> "can't dequeue " + Values.pr(v));
        return new UnorderedQueue(n == 1 ? counts.without(v) : counts.assoc(v, n - 1));
      default:
        throw Values.unknown("unordered-queue", op, ":enqueue or :dequeue");
    }
  }

  @Override
  public Object toEdn() {
    return Values.tagged("unordered-queue", "pending", counts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnorderedQueue q && Values.eq(counts, q.counts);
  }

  @Override
  public int hashCode() {
    return Values.hash(counts);
  }

  @Override
  public String toString() {
    return Values.pr(counts);
  }
}
