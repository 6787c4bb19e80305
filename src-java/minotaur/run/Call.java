package minotaur.run;

import minotaur.history.Op;

/**
 * One op handed to a worker. Its completion is recorded exactly once, by the worker or by the
 * runner (watchdog or end of quiescence) giving up on it, whichever comes first: both record
 * under the call's monitor and check the state, so a late worker never records after the
 * runner gave up, and the runner never gives up on an op whose completion is already recorded.
 */
final class Call {
  enum State { DISPATCHED, INVOKED, DONE, ABANDONED }

  final Op invocation;
  final long dispatchedAt;
  private State state = State.DISPATCHED;
  private Op invoked;

  Call(Op invocation, long dispatchedAt) {
    this.invocation = invocation;
    this.dispatchedAt = dispatchedAt;
  }

  /** Worker: records the invoke unless abandoned; returns it, or null if abandoned. */
  synchronized Op recordInvoke(RunLog log) {
    if (state == State.ABANDONED) return null;
    invoked = log.record(invocation);
    state = State.INVOKED;
    return invoked;
  }

  /** Worker: records the completion unless abandoned; returns it, or null if abandoned. */
  synchronized Op recordCompletion(RunLog log, Op completion) {
    if (state == State.ABANDONED) return null;
    state = State.DONE;
    return log.record(completion);
  }

  /**
   * Runner: unless the worker already recorded the completion, records the op (its invoke too if
   * the worker never got that far) as {@code :info} with {@code :error error} and, for a client
   * op, {@code :os-wait} (where its thread was then: see {@link Runner}) and abandons it.
   * Returns the {@code :info} completion, or null if the worker's completion came first.
   */
  synchronized Op abandon(RunLog log, Object error, Object osWait) {
    if (state == State.DONE || state == State.ABANDONED) return null;
    if (state == State.DISPATCHED) invoked = log.record(invocation);
    state = State.ABANDONED;
    Op info = invoked.withType(Op.Type.INFO).with("error", error);
    return log.record(osWait == null ? info : info.with("os-wait", osWait));
  }

  /** Whether the worker has recorded the invoke (started the op's client call). */
  synchronized boolean invoked() {
    return invoked != null;
  }

  /** The {@link RunLog} time of the recorded invoke, or of the dispatch if none was recorded yet. */
  synchronized long startedAt() {
    return invoked != null ? invoked.time() : dispatchedAt;
  }

  /** The recorded invoke, or the generated invocation if none was recorded yet. */
  synchronized Op invoke() {
    return invoked != null ? invoked : invocation;
  }
}
