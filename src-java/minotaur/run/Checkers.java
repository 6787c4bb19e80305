package minotaur.run;

import clojure.lang.Keyword;
import java.util.function.Predicate;

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

  /** Holds iff no op was still blocked at the end of quiescence (a lost wakeup or a hang otherwise). */
  public static Checker noneBlocked() {
    return (history, run) -> Verdicts.of(run.stillBlocked().isEmpty(),
        "still-blocked", run.stillBlocked().stream().map(op -> op.toMap()).toList());
  }
}
