package minotaur.model;

import minotaur.history.Op;

/**
 * A sequential specification with Knossos's step semantics: an immutable value that, given an
 * operation (its {@code :f} and {@code :value}), returns the next state, or an {@link Inconsistent}
 * saying why the operation could not have happened in this state.
 *
 * <p>Implementations must be immutable and have value equality ({@code equals}/{@code hashCode}):
 * the checker memoises configurations by model state, so two equal states must be equal objects.
 * {@code step} must be a pure function of the state and the op's {@code :f} and {@code :value}; it
 * throws {@link IllegalArgumentException} for an operation the model does not know (bad input, as
 * Knossos's {@code condp} does), never returns null.
 */
public interface Model {
  /** The state after {@code op}, or an {@link Inconsistent} if {@code op} is impossible here. */
  Model step(Op op);

  /**
   * {@link #step}, with null for an inconsistency: the search's hot path, which only needs to know
   * that an op is impossible, not why. Models whose searches meet many impossible steps override
   * it to skip building the {@link Inconsistent}; it must agree with {@code step}.
   */
  default Model stepIfConsistent(Op op) {
    Model next = step(op);
    return next.isInconsistent() ? null : next;
  }

  /**
   * True if {@code op} is read-only: in every state, stepping it gives that same state or an
   * inconsistency. The checker then linearizes it as soon as it can and never branches on it
   * (see {@code minotaur.check.Wgl}), so a wrong true gives wrong verdicts; false is always safe.
   * Must depend only on the op's {@code :f} and {@code :value}, and must not throw.
   */
  default boolean preservesState(Op op) {
    return false;
  }

  /**
   * The history this model checks, made from a recorded one: the identity for most models. A model
   * whose recorded ops are not single steps rewrites them here (the timer list splits each
   * non-atomic {@code :run} into one call per fired timer). Applied by {@code minotaur check}.
   *
   * @throws minotaur.history.HistoryException for a history it cannot rewrite, naming the op by its
   *     1-based position in {@code history} as its line (as {@link minotaur.history.History#of} does)
   */
  default java.util.List<Op> prepare(java.util.List<Op> history) {
    return history;
  }

  /** True only for {@link Inconsistent}. */
  default boolean isInconsistent() {
    return false;
  }

  /** The state as EDN data for results and reports (Knossos prints its model records). */
  default Object toEdn() {
    return toString();
  }
}
