package minotaur.run;

import clojure.lang.Keyword;
import java.util.function.Predicate;
import minotaur.check.CheckOptions;
import minotaur.check.Linearizability;
import minotaur.model.Model;

/** Checkers every workload can use. */
public final class Checkers {
  private Checkers() {}

  /** Holds iff the at-rest observation {@code name} satisfies {@code holds}. */
  public static Checker atRest(String name, Predicate<Object> holds) {
    Keyword key = Keyword.intern(name);
    return (history, run) -> {
      if (!run.atRest().containsKey(key)) {
        return Verdicts.of(Verdicts.UNKNOWN, "cause", "not observed at rest: " + name);
      }
      Object seen = run.atRest().valAt(key);
      return Verdicts.of(holds.test(seen), "observed", seen);
    };
  }

  /**
   * Holds iff the client ops of the history are linearizable with respect to {@code initial};
   * the verdict is the checker's Knossos-shaped result.
   */
  public static Checker linearizable(Model initial) {
    return (history, run) -> Linearizability.check(initial, history, CheckOptions.defaults()).toEdn();
  }

  /** Holds iff no op was still blocked at the end of quiescence (a lost wakeup or a hang otherwise). */
  public static Checker noneBlocked() {
    return (history, run) -> Verdicts.of(run.stillBlocked().isEmpty(),
        "still-blocked", run.stillBlocked().stream().map(op -> op.toMap()).toList());
  }
}
