package minotaur.gen;

import minotaur.history.Op;

/**
 * A Jepsen-style generator: an immutable value that, asked for an operation in a {@link Context},
 * answers with the next invocation and the generator that follows it, with "pending" (nothing to
 * do now, ask again after the next event or later), or with "exhausted".
 *
 * <p>This is Jepsen's generator protocol ({@code op}, {@code update}). Generators are pure
 * functions of the context and of the context's random source: the same generator driven by the
 * same sequence of contexts and events, with the same seed, emits the same operations. All state
 * lives in the returned generator; a generator may be asked several times with the same context
 * (the interpreter asks again when an earlier answer was not taken).
 */
public interface Generator {
  /** The next operation in {@code ctx}, pending, or exhausted. */
  Next op(Context ctx);

  /**
   * Folds an event into the generator: every invocation the interpreter dispatches and every
   * completion it records (client or nemesis). The default ignores events.
   */
  default Generator update(Context ctx, Op event) {
    return this;
  }
}
