package minotaur.prim.rcu;

import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import java.util.Arrays;
import java.util.List;
import minotaur.history.Op;

/**
 * Runs rcutorture ops for one process (the runner's {@code Client} contract):
 * <pre>
 * {:f :read}      -> [version pipe]; + :grace-period-during-read true / :use-after-free {...}
 * {:f :update}    -> new version id
 * {:f :sync}      -> nil; + :early-return [process...] if a pre-existing reader was still inside
 * {:f :call-rcu}  -> id of the version whose free was deferred
 * {:f :drain}     -> {version-id callback-runs}  (drain_call_rcu; issued at quiescence)
 * </pre>
 */
public final class RcuTortureClient {
  public static final Keyword GRACE_PERIOD_DURING_READ = Keyword.intern("grace-period-during-read");
  public static final Keyword USE_AFTER_FREE = Keyword.intern("use-after-free");
  public static final Keyword EARLY_RETURN = Keyword.intern("early-return");

  private final RcuTorture torture;
  private final int process;

  public RcuTortureClient(RcuTorture torture, int process) {
    this.torture = torture;
    this.process = process;
  }

  /** Runs the op on the calling thread and returns its completion. */
  public Op invoke(Op op) {
    Op ok = op.withType(Op.Type.OK);
    switch (op.f().getName()) {
      case "read" -> {
        RcuTorture.ReadResult r = torture.read(process);
        Op done = ok.withValue(Arrays.asList(r.version(), (long) r.pipe()));
        if (r.pipe() > 0) done = done.with(GRACE_PERIOD_DURING_READ.getName(), true);
        if (r.freedBy() != null) {
          done = done.with(USE_AFTER_FREE.getName(), List.of(PersistentArrayMap.EMPTY
              .assoc(Keyword.intern("version"), r.version())
              .assoc(Keyword.intern("free"), PersistentArrayMap.EMPTY
                  .assoc(Keyword.intern("site"), r.freedBy()))));
        }
        return done;
      }
      case "update" -> {
        return ok.withValue(torture.update());
      }
      case "sync" -> {
        List<Long> early = torture.sync(site(op));
        Op done = ok.withValue(null);
        return early.isEmpty() ? done : done.with(EARLY_RETURN.getName(), early);
      }
      case "call-rcu" -> {
        return ok.withValue(torture.callRcu(site(op)));
      }
      case "drain" -> {
        return ok.withValue(torture.drain());
      }
      default -> throw new IllegalArgumentException("rcu has no op " + op.f());
    }
  }

  private Object site(Op op) {
    return PersistentArrayMap.EMPTY
        .assoc(Keyword.intern("process"), (long) process)
        .assoc(Keyword.intern("f"), op.f());
  }
}
