package minotaur.gen;

import minotaur.history.Op;

/**
 * Spaces the child's ops in time. {@code delay}: exactly {@code dt} apart (catching up when
 * behind, as Jepsen's {@code delay}); {@code stagger}: a uniformly random gap in
 * {@code [0, 2 dt)}, so {@code dt} on average (Jepsen's {@code stagger}).
 */
final class Spacing implements Generator {
  private final long dt;
  private final boolean random;
  private final long nextTime;
  private final Generator gen;

  Spacing(long dt, boolean random, long nextTime, Generator gen) {
    this.dt = dt;
    this.random = random;
    this.nextTime = nextTime;
    this.gen = gen;
  }

  @Override
  public Next op(Context ctx) {
    Next n = gen.op(ctx);
    if (!n.isEmit()) return n.map(g -> new Spacing(dt, random, nextTime, g));
    long t = nextTime < 0 ? n.op().time() : Math.max(n.op().time(), nextTime);
    long gap = random ? (dt == 0 ? 0 : ctx.random().nextLong(2 * dt)) : dt;
    return Next.emit(n.op().withTime(t), new Spacing(dt, random, t + gap, n.gen()));
  }

  @Override
  public Generator update(Context ctx, Op event) {
    return new Spacing(dt, random, nextTime, gen.update(ctx, event));
  }
}
