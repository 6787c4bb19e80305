package minotaur.gen;

import minotaur.history.Op;

/**
 * Asks the same child again for every op, {@code remaining} times or forever when negative: the
 * inverse of {@link Gen#once}. The child's continuation is dropped, so a one-op child repeats.
 */
final class Repeat implements Generator {
  private final long remaining;
  private final Generator gen;

  Repeat(long remaining, Generator gen) {
    this.remaining = remaining;
    this.gen = gen;
  }

  @Override
  public Next op(Context ctx) {
    if (remaining == 0) return Next.exhausted();
    Next n = gen.op(ctx);
    if (n.isExhausted()) return n;
    if (n.isPending()) return Next.pending(new Repeat(remaining, n.gen()));
    return Next.emit(n.op(), new Repeat(remaining < 0 ? remaining : remaining - 1, gen));
  }

  @Override
  public Generator update(Context ctx, Op event) {
    return new Repeat(remaining, gen.update(ctx, event));
  }
}
