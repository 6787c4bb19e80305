package minotaur.history;

/**
 * One client operation of a history: its invocation paired with its completion, as Knossos reads
 * them. A completion missing at the end of the history makes the call {@code :info} (it may or may
 * not have taken effect, and is concurrent with everything after its invocation); a {@code :fail}
 * call did not happen. Nemesis ops ({@code :process :nemesis}) are not calls.
 *
 * @param invoke the invocation
 * @param completion the completion, or null if the history ends first
 * @param invokeAt the invocation's position in the history
 * @param completionAt the completion's position, or -1 if there is none
 */
public record Call(Op invoke, Op completion, int invokeAt, int completionAt) {
  public Call {
    if (invoke == null || !invoke.isInvoke()) throw new IllegalArgumentException("not an invocation: " + invoke);
    if ((completion == null) != (completionAt < 0)) {
      throw new IllegalArgumentException("a completion needs its position, and only a completion has one");
    }
  }

  /** {@code :ok}, {@code :fail} or {@code :info}; {@code :info} when the completion is missing. */
  public Op.Type type() {
    return completion == null ? Op.Type.INFO : completion.type();
  }

  public boolean ok() { return type() == Op.Type.OK; }

  public boolean failed() { return type() == Op.Type.FAIL; }

  /** Completed {@code :info} or never: it may or may not have taken effect. */
  public boolean indeterminate() { return type() == Op.Type.INFO; }

  /** Whether the history holds a completion (of any type). */
  public boolean completed() { return completion != null; }

  public Object process() { return invoke.process(); }

  public clojure.lang.Keyword f() { return invoke.f(); }

  /** The completion's value if it completed {@code :ok}, else the invocation's (Knossos). */
  public Object value() {
    return ok() ? completion.value() : invoke.value();
  }

  public long invokeIndex() { return invoke.index(); }

  /** The completion's {@code :index}, or {@link Op#ABSENT}. */
  public long completionIndex() { return completion == null ? Op.ABSENT : completion.index(); }

  public long invokeTime() { return invoke.time(); }

  /** The completion's {@code :time}, or {@link Long#MAX_VALUE} when it never completed. */
  public long completionTime() { return completion == null ? Long.MAX_VALUE : completion.time(); }

  /** The completion's position, or {@code end} (e.g. the history's size) when it never completed. */
  public int completionAtOr(int end) { return completionAt < 0 ? end : completionAt; }

  /**
   * The completion as the history would end it: the recorded one, or for a missing one an
   * {@code :info} copy of the invocation (the Knossos reading of a crashed op).
   */
  public Op completionOrInfo() {
    return completion != null ? completion : invoke.withType(Op.Type.INFO);
  }
}
