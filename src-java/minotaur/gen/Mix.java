package minotaur.gen;

import java.util.ArrayList;
import java.util.List;
import minotaur.history.Op;

/**
 * A random mixture: each op comes from a child chosen uniformly with the context's random source;
 * an exhausted child drops out. The choice is kept while the chosen child is pending, so a
 * pending child delays the mix rather than skewing its proportions (as Jepsen's {@code mix}).
 */
final class Mix implements Generator {
  private final List<Generator> gens;
  private final int chosen;

  Mix(List<Generator> gens, int chosen) {
    this.gens = gens;
    this.chosen = chosen;
  }

  @Override
  public Next op(Context ctx) {
    List<Generator> live = gens;
    int i = chosen;
    while (!live.isEmpty()) {
      if (i < 0) i = live.size() == 1 ? 0 : ctx.random().nextInt(live.size());
      Next n = live.get(i).op(ctx);
      if (n.isExhausted()) {
        live = new ArrayList<>(live);
        live.remove(i);
        i = -1;
        continue;
      }
      List<Generator> next = new ArrayList<>(live);
      next.set(i, n.gen());
      return n.isPending() ? Next.pending(new Mix(next, i)) : Next.emit(n.op(), new Mix(next, -1));
    }
    return Next.exhausted();
  }

  @Override
  public Generator update(Context ctx, Op event) {
    List<Generator> next = new ArrayList<>(gens.size());
    for (Generator g : gens) next.add(g.update(ctx, event));
    return new Mix(next, chosen);
  }
}
