package minotaur.gen;

import java.util.ArrayList;
import java.util.List;
import minotaur.history.Op;

/** The children one after another: the next starts when the previous is exhausted. */
final class Concat implements Generator {
  private final List<Generator> gens;
  private final int current;

  Concat(List<Generator> gens, int current) {
    this.gens = gens;
    this.current = current;
  }

  @Override
  public Next op(Context ctx) {
    for (int i = current; i < gens.size(); i++) {
      Next n = gens.get(i).op(ctx);
      if (n.isExhausted()) continue;
      int at = i;
      return n.map(g -> {
        List<Generator> next = new ArrayList<>(gens);
        next.set(at, g);
        return new Concat(next, at);
      });
    }
    return Next.exhausted();
  }

  @Override
  public Generator update(Context ctx, Op event) {
    if (current >= gens.size()) return this;
    List<Generator> next = new ArrayList<>(gens);
    next.set(current, gens.get(current).update(ctx, event));
    return new Concat(next, current);
  }
}
