package minotaur.gen;

import minotaur.history.Op;

/**
 * Ops of the child scheduled before a cutoff, {@code limit} ns after the time this generator is
 * first asked; then exhausted (also while pending, so a run past its time ends promptly).
 */
final class TimeLimit implements Generator {
  private final long limit;
  private final long cutoff;
  private final Generator gen;

  TimeLimit(long limit, long cutoff, Generator gen) {
    this.limit = limit;
    this.cutoff = cutoff;
    this.gen = gen;
  }

  @Override
  public Next op(Context ctx) {
    long c = cutoff < 0 ? ctx.time() + limit : cutoff;
    if (ctx.time() >= c) return Next.exhausted();
    Next n = gen.op(ctx);
    if (n.isExhausted() || (n.isEmit() && n.op().time() >= c)) return Next.exhausted();
    return n.map(g -> new TimeLimit(limit, c, g));
  }

  @Override
  public Generator update(Context ctx, Op event) {
    return new TimeLimit(limit, cutoff, gen.update(ctx, event));
  }
}
