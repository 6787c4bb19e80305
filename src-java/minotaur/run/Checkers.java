package minotaur.run;

import clojure.lang.Keyword;
import java.util.function.Predicate;
import minotaur.check.CheckOptions;
import minotaur.check.Linearizability;
import minotaur.check.Verdict;
import minotaur.model.Model;

/** Checkers every workload can use. */
public final class Checkers {
  private Checkers() {}

  /** Holds iff the at-rest observation {@code name} satisfies {@code holds}. */
  public static Checker invariant(String name, Predicate<Object> holds) {
    Keyword key = Keyword.intern(name);
    return atRest(name, (history, run) -> {
      if (!run.atRest().containsKey(key)) return unknown("not observed at rest: " + name);
      Object seen = run.atRest().valAt(key);
      String says = name + " at rest: " + minotaur.history.Edn.print(seen);
      return Verdict.holds(holds.test(seen)).detail("observed", seen).message(says).step(null, says).build();
    });
  }

  /**
   * {@code checker}, which judges the state at rest, or unknown when the run did not come to rest
   * ({@link RunContext#notAtRest()}): a thread the runner gave up on may have acted meanwhile.
   */
  public static Checker atRest(String name, Checker checker) {
    return (history, run) -> {
      if (run.notAtRest() == null) return checker.check(history, run);
      return unknown(name + " not judged: " + run.notAtRest());
    };
  }

  /** An unknown verdict whose cause, message and one explanation step are {@code why}. */
  private static Verdict unknown(String why) {
    return Verdict.unknown().detail("cause", why).message(why).step(null, why).build();
  }

  /**
   * Holds iff the client ops of the history are linearizable with respect to {@code initial};
   * the verdict is the checker's Knossos-shaped result.
   */
  public static Checker linearizable(Model initial) {
    return (history, run) -> Linearizability.check(initial, history, CheckOptions.defaults()).verdict();
  }

  /** Holds iff no op was still blocked at the end of quiescence (a lost wakeup or a hang otherwise). */
  public static Checker noneBlocked() {
    return (history, run) -> {
      Verdict.Builder b = Verdict.holds(run.stillBlocked().isEmpty())
          .detail("still-blocked", run.stillBlocked().stream().map(op -> op.toMap()).toList())
          .message(run.stillBlocked().size() + " op(s) still blocked at the end of quiescence");
      for (var op : run.stillBlocked()) b.failing(op).step(op, "still blocked at the end of quiescence");
      return b.build();
    };
  }
}
