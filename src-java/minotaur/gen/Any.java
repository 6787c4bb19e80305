package minotaur.gen;

import java.util.ArrayList;
import java.util.List;
import minotaur.history.Op;

/**
 * Asks every child and emits the soonest op (the first child wins a tie); exhausted when all are
 * (Jepsen's {@code any}). With {@code mainOnly}, exhausted as soon as the first child is: the
 * other children run alongside it (a nemesis alongside the clients).
 */
final class Any implements Generator {
  private final List<Generator> gens;
  private final boolean mainOnly;

  Any(List<Generator> gens, boolean mainOnly) {
    this.gens = gens;
    this.mainOnly = mainOnly;
  }

  @Override
  public Next op(Context ctx) {
    List<Generator> next = new ArrayList<>(gens);
    int soonestIndex = -1;
    Next soonest = null;
    boolean live = false;
    for (int i = 0; i < gens.size(); i++) {
      Next n = gens.get(i).op(ctx);
      if (n.isExhausted()) {
        if (mainOnly && i == 0) return n;
        next.set(i, Gen.nothing());
        continue;
      }
      live = true;
      if (n.isPending()) {
        next.set(i, n.gen());
      } else if (soonest == null || n.op().time() < soonest.op().time()) {
        soonest = n;
        soonestIndex = i;
      }
    }
    if (!live) return Next.exhausted();
    if (soonest == null) return Next.pending(new Any(next, mainOnly));
    next.set(soonestIndex, soonest.gen());
    return Next.emit(soonest.op(), new Any(next, mainOnly));
  }

  @Override
  public Generator update(Context ctx, Op event) {
    List<Generator> next = new ArrayList<>(gens.size());
    for (Generator g : gens) next.add(g.update(ctx, event));
    return new Any(next, mainOnly);
  }
}
