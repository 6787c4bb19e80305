package minotaur.gen;

import minotaur.history.Op;

/** Runs the child to exhaustion, then starts it again from the beginning, forever. */
final class Cycle implements Generator {
  private final Generator original;
  private final Generator current;
  private final boolean emittedThisRound;

  Cycle(Generator original, Generator current, boolean emittedThisRound) {
    this.original = original;
    this.current = current;
    this.emittedThisRound = emittedThisRound;
  }

  @Override
  public Next op(Context ctx) {
    Next n = current.op(ctx);
    if (n.isExhausted()) {
      // A round that emitted nothing would loop forever: then the cycle is exhausted too.
      if (!emittedThisRound) return n;
      return new Cycle(original, original, false).op(ctx);
    }
    return n.map(g -> new Cycle(original, g, emittedThisRound || n.isEmit()));
  }

  @Override
  public Generator update(Context ctx, Op event) {
    return new Cycle(original, current.update(ctx, event), emittedThisRound);
  }
}
