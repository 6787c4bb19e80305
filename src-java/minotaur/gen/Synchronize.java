package minotaur.gen;

import minotaur.history.Op;

/** Pending until every thread of the context is free, then the child (a phase barrier). */
final class Synchronize implements Generator {
  private final Generator gen;

  Synchronize(Generator gen) {
    this.gen = gen;
  }

  @Override
  public Next op(Context ctx) {
    return ctx.allFree() ? gen.op(ctx) : Next.pending(this);
  }

  @Override
  public Generator update(Context ctx, Op event) {
    return new Synchronize(gen.update(ctx, event));
  }
}
