package minotaur.gen;

import java.util.function.Predicate;
import minotaur.history.Op;

/** Runs the child on the threads satisfying a predicate only; it sees only their events. */
final class OnThreads implements Generator {
  private final Predicate<Object> threads;
  private final Generator gen;

  OnThreads(Predicate<Object> threads, Generator gen) {
    this.threads = threads;
    this.gen = gen;
  }

  @Override
  public Next op(Context ctx) {
    return gen.op(ctx.restrict(threads)).map(g -> new OnThreads(threads, g));
  }

  @Override
  public Generator update(Context ctx, Op event) {
    Object thread = ctx.thread(event.process());
    if (thread == null || !threads.test(thread)) return this;
    return new OnThreads(threads, gen.update(ctx.restrict(threads), event));
  }
}
