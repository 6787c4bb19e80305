package minotaur.run;

import java.util.List;
import minotaur.check.Verdict;
import minotaur.history.Op;

/**
 * Judges a finished run: the recorded history plus what the runner observed besides it (ops
 * still blocked at quiescence, at-rest observations). The runner's adapter to the checkers of
 * {@code minotaur.check}, which read histories only: a checker here passes them the history and
 * the facts they need from the {@link RunContext}, and returns their {@link Verdict}.
 */
@FunctionalInterface
public interface Checker {
  Verdict check(List<Op> history, RunContext run);
}
