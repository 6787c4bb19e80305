package minotaur.prim.timer_list;

import clojure.lang.IPersistentVector;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import minotaur.history.Op;

/**
 * Runs timer-list ops for one process (the runner's {@code Client} contract: {@link #invoke} on
 * the process's own thread). Ops, as in issue 8:
 * <pre>
 * {:f :mod :value [timer expire]}   timer_new on first use, then timer_mod_ns
 * {:f :del :value timer}            timer_del
 * {:f :free :value timer}           timer_free (the next :mod of that timer allocates anew)
 * {:f :expired :value [now nil]}    -> [now bool]   timerlist_expired at clock = now
 * {:f :deadline :value [now nil]}   -> [now ns]     timerlist_deadline_ns at clock = now
 * {:f :run :value [now nil]}        -> [now [timer...]]  timerlist_run_timers, timers fired in order
 * </pre>
 * A timer is a workload name (a Long); each writer process owns the timers it names, so one
 * timer's lifecycle is sequential, as it is for a QEMU device. A completion whose op read freed
 * memory carries {@code :use-after-free [...]} (see {@link UseAfterFree#toEdn()}).
 */
public final class TimerListClient {
  static final Keyword USE_AFTER_FREE = Keyword.intern("use-after-free");

  private final TimerListSystem sys;
  private final int process;
  private final Map<Object, QemuTimer> timers;

  public TimerListClient(TimerListSystem sys, int process) {
    this.sys = sys;
    this.process = process;
    this.timers = sys.timers();
  }

  /** Runs the op on the calling thread and returns its completion. */
  public Op invoke(Op op) {
    if (!sys.rcu().isRegistered()) sys.rcu().registerThread();
    sys.heap().setSite(site(op));
    Object result = switch (op.f().getName()) {
      case "mod" -> mod((IPersistentVector) op.value());
      case "del" -> del((Long) op.value());
      case "free" -> free((Long) op.value());
      case "expired" -> at(op, () -> sys.list().timerlistExpired());
      case "deadline" -> at(op, () -> sys.list().timerlistDeadlineNs());
      case "run" -> at(op, sys::runTimers);
      default -> throw new IllegalArgumentException("timer-list has no op " + op.f());
    };
    Op done = op.withType(Op.Type.OK).withValue(result);
    List<UseAfterFree> uaf = sys.heap().takeMine();
    if (!uaf.isEmpty()) {
      List<Object> edn = new ArrayList<>();
      for (UseAfterFree u : uaf) edn.add(u.toEdn());
      done = done.with(USE_AFTER_FREE.getName(), edn);
    }
    return done;
  }

  /** What a free or a violation names as its cause: the op's process, :f and :value. */
  private Object site(Op op) {
    return PersistentArrayMap.EMPTY
        .assoc(Keyword.intern("process"), (long) process)
        .assoc(Keyword.intern("f"), op.f())
        .assoc(Keyword.intern("value"), op.value());
  }

  private Object mod(IPersistentVector v) {
    Long t = (Long) v.nth(0);
    QemuTimer ts = timers.computeIfAbsent(t, k -> sys.list().timerNew(sys.recordFiring(), k));
    sys.list().timerModNs(ts, (Long) v.nth(1));
    return v;
  }

  private Object del(Long t) {
    QemuTimer ts = timers.get(t);
    if (ts != null) sys.list().timerDel(ts);
    return t;
  }

  private Object free(Long t) {
    QemuTimer ts = timers.remove(t);
    if (ts != null) sys.list().timerFree(ts);
    return t;
  }

  private Object at(Op op, Supplier<Object> read) {
    long now = (Long) ((IPersistentVector) op.value()).nth(0);
    sys.clock().set(now);
    return Arrays.asList(now, read.get());
  }
}
