package minotaur.run;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import minotaur.check.Verdict;
import minotaur.fault.FaultPlan;
import minotaur.history.Edn;
import minotaur.history.Op;

/**
 * A finished run: its history, what the runner observed, the composed verdict
 * {@code {:valid? ... <checker name> <verdict> ...}}, the fault plan in force (with the run's
 * seed; null for none), how long the run took and, if generation stopped before the generator
 * was exhausted, why ({@code stoppedEarly}, e.g. a certain hang; else null).
 */
public record RunResult(List<Op> history, RunContext context, IPersistentMap verdict, FaultPlan faults,
    Duration elapsed, String stoppedEarly) {
  /** True, false or :unknown. */
  public Object valid() {
    return Verdict.of(verdict).valid();
  }

  /** The history file, or null for an in-memory run. */
  public Path historyPath() {
    return context.history();
  }

  /** The result as EDN data: run facts and verdicts, as written to {@code .result.edn}. */
  public IPersistentMap toEdn() {
    Object[] kvs = {
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
        "not-at-rest", context.notAtRest(),
        "results", verdict.without(Verdict.VALID)};
    Object[] m = new Object[kvs.length + 2];
    m[0] = Verdict.VALID;
    m[1] = valid();
    for (int i = 0; i < kvs.length; i += 2) {
      m[i + 2] = Keyword.intern((String) kvs[i]);
      m[i + 3] = Edn.normalize(kvs[i + 1]);
    }
    // An array map keeps the keys in this order, so the file prints :valid? first.
    return new PersistentArrayMap(m);
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
