package minotaur.gen;

import minotaur.history.Op;

/** At most {@code remaining} ops of the child. */
final class Limit implements Generator {
  private final long remaining;
  private final Generator gen;

  Limit(long remaining, Generator gen) {
    this.remaining = remaining;
    this.gen = gen;
  }

  @Override
  public Next op(Context ctx) {
    if (remaining <= 0) return Next.exhausted();
    Next n = gen.op(ctx);
    if (n.isExhausted()) return n;
    return n.map(g -> new Limit(n.isEmit() ? remaining - 1 : remaining, g));
  }

  @Override
  public Generator update(Context ctx, Op event) {
    return new Limit(remaining, gen.update(ctx, event));
  }
}
