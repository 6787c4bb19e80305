package minotaur.gen;

import minotaur.history.Op;

/**
 * One special op that makes the process receiving it do nothing for {@code dt} ns (Jepsen's
 * {@code sleep}); the runner does not record it.
 */
final class Sleep implements Generator {
  private final long dt;

  Sleep(long dt) {
    this.dt = dt;
  }

  @Override
  public Next op(Context ctx) {
    Object process = ctx.someFreeProcess();
    if (process == null) return Next.pending(this);
    return Next.emit(new Op(process, Op.Type.INVOKE, Gen.SLEEP, dt, ctx.time(), Op.ABSENT, null),
        Gen.nothing());
  }
}
