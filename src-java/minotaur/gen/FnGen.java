package minotaur.gen;

import java.util.function.Function;

/**
 * A function of the context called anew for every op (Jepsen's function generators): infinite
 * until the function returns null.
 */
final class FnGen implements Generator {
  private final Function<Context, Generator> fn;

  FnGen(Function<Context, Generator> fn) {
    this.fn = fn;
  }

  @Override
  public Next op(Context ctx) {
    if (!ctx.hasFreeThread()) return Next.pending(this);
    Generator g = fn.apply(ctx);
    if (g == null) return Next.exhausted();
    Next n = g.op(ctx);
    if (n.isExhausted()) return n;
    return n.isPending() ? Next.pending(this) : Next.emit(n.op(), this);
  }
}
