package minotaur.run;

import clojure.lang.IPersistentMap;
import java.util.List;
import minotaur.history.Op;

/**
 * Judges a finished run: the recorded history plus what the runner observed besides it (ops
 * still blocked at quiescence, at-rest observations). Returns a verdict map that prints as EDN,
 * {@code {:valid? true|false|:unknown ...details}} (see {@link Verdicts}).
 */
@FunctionalInterface
public interface Checker {
  IPersistentMap check(List<Op> history, RunContext run);
}
