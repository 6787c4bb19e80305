package minotaur.model;

import clojure.lang.PersistentQueue;
import minotaur.history.Op;

/** A FIFO queue: {@code :enqueue v}; {@code :dequeue v} needs {@code v} at the head. */
public final class FifoQueue implements Model {
  private final PersistentQueue pending;

  public FifoQueue(PersistentQueue pending) {
    this.pending = pending;
  }

  public static FifoQueue empty() {
    return new FifoQueue(PersistentQueue.EMPTY);
  }

  @Override
  public Model step(Op op) {
    switch (Values.f(op, "fifo-queue")) {
      case "enqueue":
        return new FifoQueue(pending.cons(op.value()));
      case "dequeue":
        if (pending.count() == 0) {
          return Inconsistent.because(() -> "can't dequeue " + Values.pr(op.value()) + " from empty queue");
        }
        if (Values.eq(op.value(), pending.peek())) return new FifoQueue(pending.pop());
        return Inconsistent.because(() -> "can't dequeue " + Values.pr(op.value()));
      default:
        throw Values.unknown("fifo-queue", op, ":enqueue or :dequeue");
    }
  }

  @Override
  public Object toEdn() {
    return Values.tagged("fifo-queue", "pending", clojure.lang.PersistentVector.create(pending.seq()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FifoQueue q && Values.eq(pending, q.pending);
  }

  @Override
  public int hashCode() {
    return Values.hash(pending);
  }

  @Override
  public String toString() {
    return Values.pr(toEdn());
  }
}
