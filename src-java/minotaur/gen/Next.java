package minotaur.gen;

import java.util.Objects;
import minotaur.history.Op;

/**
 * A generator's answer: an invocation plus the generator that follows it, pending (with the
 * generator to ask next time), or exhausted.
 */
public final class Next {
  private static final Next EXHAUSTED = new Next(null, null);

  private final Op op;
  private final Generator gen;

  private Next(Op op, Generator gen) {
    this.op = op;
    this.gen = gen;
  }

  /** Emits {@code op} (an {@code :invoke} with process and time filled in); {@code gen} follows. */
  public static Next emit(Op op, Generator gen) {
    return new Next(Objects.requireNonNull(op, "op"), Objects.requireNonNull(gen, "gen"));
  }

  /** Nothing to emit now; ask {@code gen} again after the next event or when time passes. */
  public static Next pending(Generator gen) {
    return new Next(null, Objects.requireNonNull(gen, "gen"));
  }

  /** No operation will ever come. */
  public static Next exhausted() {
    return EXHAUSTED;
  }

  public boolean isExhausted() { return gen == null; }
  public boolean isPending() { return gen != null && op == null; }
  public boolean isEmit() { return op != null; }

  /** The emitted invocation; null unless {@link #isEmit()}. */
  public Op op() { return op; }

  /** The generator that follows; null when exhausted. */
  public Generator gen() { return gen; }

  /** The same answer with the following generator wrapped, e.g. to keep a combinator around it. */
  Next map(java.util.function.UnaryOperator<Generator> wrap) {
    if (isExhausted()) return this;
    return new Next(op, wrap.apply(gen));
  }

  @Override
  public String toString() {
    if (isExhausted()) return "exhausted";
    return isPending() ? "pending" : "emit " + op;
  }
}
