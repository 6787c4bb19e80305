package minotaur.run;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.PersistentVector;
import java.time.Duration;
import java.util.function.IntFunction;
import minotaur.fault.FaultInjector;
import minotaur.fault.FaultPlan;
import minotaur.fault.FaultRule;
import minotaur.fault.FaultScope;
import minotaur.fault.Faults;
import minotaur.gen.Gen;
import minotaur.history.Edn;
import minotaur.history.Op;

/**
 * The nemesis of a run: the client of the {@code :nemesis} thread, executing the nemesis
 * generator's ops against the run's faults. Completions are {@code :info}, as Jepsen records
 * nemesis ops.
 *
 * <ul>
 *   <li>{@code :start-faults} switches the fault plan on, {@code :stop-faults} off;
 *   <li>{@code :pause} {@code {:thread t :nanos n}} asks client thread {@code t} to stop for
 *       {@code n} ns at its next fault point (a descheduled vCPU) and returns at once;
 * </ul>
 *
 * <p>A plan is made into one injector, disabled, when the nemesis is made (before any worker
 * starts), served to the run's threads alone through the run's {@link FaultScope} (see {@link
 * #bind()}), and switched with {@link FaultInjector#enable()}/{@link FaultInjector#disable()}: one
 * injector per run keeps each process's visit counters across fault windows, and disabling is one
 * volatile store that also cuts running delays short, so {@link #stop()} takes effect at once.
 * When the run ends the scope closes: a thread of the run still alive then draws nothing, and no
 * other run's thread ever draws from this plan. What the
 * plan does (each delay, yield, pause, spurious wakeup) is recorded as a standalone
 * {@code :nemesis} {@code :info} op when it ends, through {@link RunLog#recordEvent}.
 */
final class FaultNemesis implements Client {
  private static final Keyword POINT = Keyword.intern("point");
  private final FaultPlan plan;
  private final FaultInjector injector;
  private final FaultScope scope;
  private final IntFunction<Thread> clientThreads;

  /**
   * The nemesis for {@code workload}'s faults at {@code seed}; {@code pauses} says whether the
   * nemesis generator may pause threads (then a workload without faults gets an empty plan to
   * serve them); {@code clientThreads} maps a client slot to the Java thread running it now.
   */
  FaultNemesis(Workload workload, long seed, boolean pauses, RunLog log, IntFunction<Thread> clientThreads) {
    this.clientThreads = clientThreads;
    FaultPlan p = workload.faultPlan();
    if (p == null && pauses) p = FaultPlan.none();
    if (p != null) {
      this.injector = p.withSeed(seed).injector();
      this.plan = injector.plan();
      injector.disable();
      injector.onEvent(log::recordEvent);
    } else {
      this.plan = null;
      this.injector = null;
    }
    this.scope = FaultScope.open(injector);
  }

  /**
   * Binds the calling thread (the run's control thread) and every thread it starts from now on
   * (the workers, their replacements, the nemesis) to the run's faults, without a plan to none;
   * returns the thread's previous binding, for {@link Faults#bind} to restore.
   */
  FaultScope bind() {
    return Faults.bind(scope);
  }

  /** The plan in force (with the run's seed), or null. */
  FaultPlan plan() {
    return plan;
  }

  @Override
  public Op invoke(Op op) {
    Op info = op.withType(Op.Type.INFO);
    if (Gen.START_FAULTS.equals(op.f())) {
      if (injector == null) return info.with("error", "no fault plan");
      injector.enable();
      return info.withValue(edn(plan));
    }
    if (Gen.STOP_FAULTS.equals(op.f())) {
      stop();
      return info;
    }
    if (Gen.PAUSE.equals(op.f())) return pause(op, info);
    throw new IllegalArgumentException("unknown nemesis op " + op.f());
  }

  private Op pause(Op op, Op info) {
    if (!(op.value() instanceof IPersistentMap v) || !(v.valAt(Gen.THREAD) instanceof Long t)
        || !(v.valAt(Gen.NANOS) instanceof Long nanos)) {
      throw new IllegalArgumentException("a pause needs {:thread t :nanos n}, not " + Edn.print(op.value()));
    }
    if (injector == null) return info.with("error", "no fault plan");
    if (!injector.isEnabled()) return info.with("error", "faults off");
    Thread thread = clientThreads.apply(t.intValue());
    if (thread == null) return info.with("error", "no thread " + t);
    injector.pause(thread, Duration.ofNanos(nanos));
    return info;
  }

  /** A plan as EDN data, {@code {:seed s :faults [rule...]}}, as its file writes it. */
  static IPersistentMap edn(FaultPlan plan) {
    Object[] rules = plan.rules().stream().map(FaultRule::toEdn).toArray();
    return PersistentArrayMap.EMPTY.assoc(Keyword.intern("seed"), plan.seed())
        .assoc(Keyword.intern("faults"), PersistentVector.create(rules));
  }

  /** True for the op of a fault event (a standalone nemesis {@code :info} naming its point). */
  static boolean isFaultEvent(Op op) {
    return !op.isClient() && op.isInfo() && op.value() instanceof IPersistentMap m && m.containsKey(POINT);
  }

  /** True while faults are on. */
  boolean active() {
    return injector != null && scope.handler() == injector && injector.isEnabled();
  }

  /** Switches faults off at once: running delays and pauses end promptly, none starts. */
  void stop() {
    if (injector != null) injector.disable();
  }

  /** Ends the run's faults for good: off, its threads bound to nothing, no more events recorded. */
  void shutdown() {
    scope.close();
    if (injector != null) {
      injector.onEvent(null);
      injector.disable();
    }
  }
}
