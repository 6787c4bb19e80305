package minotaur.explore;

import java.time.Duration;
import java.util.Map;

/**
 * The verdict of one exploration and what backs it: the bound explored and how many schedules
 * (on the graph engine: complete consistent execution graphs), the failure if one was found,
 * and the outcomes seen (for litmus tests). Graph runs also count the executions cut short
 * ({@code blocked}: a replayed thread blocked, a spin loop, no consistent choice left) and the
 * complete graphs reached a second time ({@code duplicates}, 0 unless the engine is wrong).
 * Under RC11 {@code race} is the first data race found ({@link Failure.Kind#DATA_RACE}, with its
 * trace): a finding of its own, reported beside the verdict, which it does not change (C code
 * such as QEMU's reads shared words plainly while others update them atomically; that is
 * undefined behaviour in C11 but not the spec violation the scenario checks).
 */
public record ExploreResult(Verdict verdict, String scenario, MemoryModel model, String bound,
    long schedules, long pruned, long cut, boolean scheduleLimitHit, int maxSteps,
    Failure failure, Map<String, Long> outcomes, Duration elapsed, long blocked, long duplicates, Failure race) {

  public ExploreResult(Verdict verdict, String scenario, MemoryModel model, String bound,
      long schedules, long pruned, long cut, boolean scheduleLimitHit, int maxSteps,
      Failure failure, Map<String, Long> outcomes, Duration elapsed) {
    this(verdict, scenario, model, bound, schedules, pruned, cut, scheduleLimitHit, maxSteps, failure, outcomes,
        elapsed, 0, 0, null);
  }

  /** The complete executions explored: schedules, or consistent complete execution graphs. */
  public long complete() {
    return schedules;
  }

  public enum Verdict {
    /** Every schedule within the stated bound passed. */
    PASS,
    /** A failing schedule was found. */
    FAIL,
    /** No failure, but a run was cut at the depth bound or the schedule limit was reached. */
    INCONCLUSIVE
  }

  /** One line: the verdict, the model, the bound and the schedule count. */
  public String summary() {
    boolean graphs = bound.contains("execution graph");
    String counts = String.format(graphs ? "%,d executions" : "%,d schedules", schedules)
        + (pruned > 0 ? String.format(" (+%,d abandoned as equivalent)", pruned) : "")
        + (blocked > 0 ? String.format(" (+%,d blocked)", blocked) : "")
        + (duplicates > 0 ? String.format(" (%,d DUPLICATES)", duplicates) : "");
    String where = scenario + " under " + model.name() + ": ";
    return switch (verdict) {
      case PASS -> "pass: " + where + bound + ": " + counts + ", " + elapsedText();
      case FAIL -> "FAIL: " + where + failure.kind().name().toLowerCase().replace('_', ' ') + ": "
          + failure.message() + " (found after " + counts + ", " + bound + ")";
      case INCONCLUSIVE -> "inconclusive: " + where + bound + ": " + counts + "; "
          + (scheduleLimitHit ? String.format("stopped at the schedule limit") : "")
          + (scheduleLimitHit && cut > 0 ? ", " : "")
          + (cut > 0 ? String.format("%,d runs cut at the depth bound of %,d steps", cut, maxSteps) : "")
          + ", " + elapsedText();
    };
  }

  private String elapsedText() {
    return String.format("%.2fs", elapsed.toNanos() / 1e9);
  }

  /** The summary, then the data race if one was found. */
  public String summaryWithRace() {
    return race == null ? summary() : summary() + "\ndata race (C11 undefined behaviour, reported apart): " + race.message();
  }

}
