package minotaur.gen;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import minotaur.history.Op;

/** One op, emitted once to some free process at the context's time (Jepsen: a map as a generator). */
final class Literal implements Generator {
  private final Keyword f;
  private final Object value;
  private final IPersistentMap extra;

  Literal(Keyword f, Object value, IPersistentMap extra) {
    this.f = f;
    this.value = value;
    this.extra = extra;
  }

  @Override
  public Next op(Context ctx) {
    Object process = ctx.someFreeProcess();
    if (process == null) return Next.pending(this);
    return Next.emit(new Op(process, Op.Type.INVOKE, f, value, ctx.time(), Op.ABSENT, extra),
        Gen.nothing());
  }

  @Override
  public String toString() {
    return "op(" + f + " " + value + ")";
  }
}
