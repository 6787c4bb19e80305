package minotaur.explore.scenario;

import minotaur.check.CheckOptions;
import minotaur.check.CheckResult;
import minotaur.check.Linearizability;
import minotaur.history.Edn;
import minotaur.model.Model;

/** Ready-made {@link HistoryCheck}s. */
public final class HistoryChecks {
  private HistoryChecks() {}

  /**
   * The run's history must be linearizable against {@code initial} (the same WGL checker as
   * {@code minotaur check}). Scenario histories are a handful of ops, so an unknown verdict means
   * something is wrong and is thrown rather than passed. The message names the op that cannot be
   * linearized and nothing that varies between runs (a replay must fail with the same message).
   */
  public static HistoryCheck linearizable(Model initial) {
    return history -> {
      CheckResult r = Linearizability.check(initial, history, CheckOptions.defaults());
      if (r.isUnknown()) throw new IllegalStateException("linearizability unknown: " + r.summary());
      return r.isInvalid() ? "not linearizable: cannot linearize " + Edn.print(r.op()) : null;
    };
  }
}
