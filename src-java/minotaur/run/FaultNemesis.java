package minotaur.run;

import java.util.function.LongFunction;
import minotaur.fault.FaultHook;
import minotaur.fault.Faults;
import minotaur.gen.Gen;
import minotaur.history.Op;

/**
 * The nemesis that switches the run's fault plan: {@code :start-faults} installs the plan's hook
 * for the run's seed, {@code :stop-faults} removes it. Completions are {@code :info}, as Jepsen
 * records nemesis ops. The hook is made once, so its per-thread decisions run on across
 * fault windows and a seed replays them.
 */
final class FaultNemesis implements Client {
  private final FaultHook hook;

  FaultNemesis(LongFunction<FaultHook> plan, long seed) {
    this.hook = plan == null ? null : plan.apply(seed);
  }

  @Override
  public Op invoke(Op op) {
    if (Gen.START_FAULTS.equals(op.f())) {
      if (hook == null) return op.withType(Op.Type.INFO).withValue("no fault plan");
      Faults.install(hook);
      return op.withType(Op.Type.INFO).withValue(String.valueOf(hook));
    }
    if (Gen.STOP_FAULTS.equals(op.f())) {
      stop();
      return op.withType(Op.Type.INFO);
    }
    throw new IllegalArgumentException("unknown nemesis op " + op.f());
  }

  /** True while this nemesis's hook is installed. */
  boolean active() {
    return hook != null && Faults.current() == hook;
  }

  /** Removes the hook if it is this nemesis's. */
  void stop() {
    if (active()) Faults.clear();
  }
}
