package minotaur.run;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import minotaur.fault.FaultPlan;
import minotaur.history.Op;

/**
 * A finished run: its history, what the runner observed, the composed verdict
 * {@code {:valid? ... <checker name> <verdict> ...}}, the fault plan in force (with the run's
 * seed; null for none or a hand-written hook), how long the run took and, if generation stopped
 * before the generator was exhausted, why ({@code stoppedEarly}, e.g. a certain hang; else null).
 */
public record RunResult(List<Op> history, RunContext context, IPersistentMap verdict, FaultPlan faults,
    Duration elapsed, String stoppedEarly) {
  /** True, false or :unknown. */
  public Object valid() {
    return Verdicts.valid(verdict);
  }

  /** The history file, or null for an in-memory run. */
  public Path historyPath() {
    return context.history();
  }

  /** The result as EDN data: run facts and verdicts, as written to {@code .result.edn}. */
  public IPersistentMap toEdn() {
    return Verdicts.of(valid(),
        "workload", context.workload(),
        "variant", context.variant(),
        "seed", context.seed(),
        "threads", context.concurrency(),
        "history", context.history() == null ? null : context.history().toString(),
        "ops", history.stream().filter(o -> o.isInvoke() && o.isClient()).count(),
        "timed-out", context.timedOut().size(),
        "still-blocked", context.stillBlocked().size(),
        "elapsed-ms", elapsed.toMillis(),
        "stopped-early", stoppedEarly,
        "faults", faults == null ? null : FaultNemesis.edn(faults),
        "fault-events", history.stream().filter(FaultNemesis::isFaultEvent).count(),
        "at-rest", context.atRest(),
        "results", verdict.without(Verdicts.VALID));
  }

  /** One human line: workload, variant, seed, verdict and history path. */
  public String summary() {
    Object v = valid();
    String word = Boolean.TRUE.equals(v) ? "holds" : Boolean.FALSE.equals(v) ? "VIOLATION" : "unknown";
    return context.workload() + " " + context.variant() + " seed " + context.seed() + ": " + word
        + " (" + toEdn().valAt(Keyword.intern("ops")) + " ops"
        + (context.history() == null ? "" : ", history " + context.history())
        + (stoppedEarly == null ? "" : ", stopped at the first certain hang") + ")";
  }
}
