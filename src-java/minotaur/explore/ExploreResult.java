package minotaur.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The verdict of one exploration and what backs it: the bound explored and how many schedules
 * (on the graph engine: complete consistent execution graphs), the failure if one was found,
 * the outcomes seen (for litmus tests) and how far it got: whether the time limit stopped it,
 * the longest run in steps ({@code deepest}) and the strategy's estimate of the fraction of its
 * schedules explored ({@code explored}, NaN if it has none).
 *
 * <p>Graph runs also count the executions cut short ({@code blocked}: a replayed thread blocked,
 * a spin loop, no consistent choice left) and the complete graphs reached a second time ({@code
 * duplicates}, 0 unless the engine is wrong). Under RC11 {@code race} is the first data race
 * found ({@link Failure.Kind#DATA_RACE}, with its trace): a finding of its own, reported beside
 * the verdict, which it does not change (C code such as QEMU's reads shared words plainly while
 * others update them atomically; that is undefined behaviour in C11 but not the spec violation
 * the scenario checks).
 */
public record ExploreResult(Verdict verdict, String scenario, MemoryModel model, String bound,
    long schedules, long pruned, long cut, boolean scheduleLimitHit, int maxSteps,
    Failure failure, Map<String, Long> outcomes, Duration elapsed, long blocked, long duplicates, Failure race,
    boolean timeLimitHit, int deepest, double explored) {

  /** A result with no graph counts, no time limit hit and nothing known of how far it got. */
  public ExploreResult(Verdict verdict, String scenario, MemoryModel model, String bound,
      long schedules, long pruned, long cut, boolean scheduleLimitHit, int maxSteps,
      Failure failure, Map<String, Long> outcomes, Duration elapsed) {
    this(verdict, scenario, model, bound, schedules, pruned, cut, scheduleLimitHit, maxSteps, failure, outcomes,
        elapsed, 0, 0, null, false, 0, Double.NaN);
  }

  /** A graph-engine result: its blocked and duplicate counts and its first data race. */
  public ExploreResult(Verdict verdict, String scenario, MemoryModel model, String bound,
      long schedules, long pruned, long cut, boolean scheduleLimitHit, int maxSteps,
      Failure failure, Map<String, Long> outcomes, Duration elapsed, long blocked, long duplicates, Failure race) {
    this(verdict, scenario, model, bound, schedules, pruned, cut, scheduleLimitHit, maxSteps, failure, outcomes,
        elapsed, blocked, duplicates, race, false, 0, Double.NaN);
  }

  /** An interleaving result that says how far it got. */
  public ExploreResult(Verdict verdict, String scenario, MemoryModel model, String bound,
      long schedules, long pruned, long cut, boolean scheduleLimitHit, int maxSteps,
      Failure failure, Map<String, Long> outcomes, Duration elapsed,
      boolean timeLimitHit, int deepest, double explored) {
    this(verdict, scenario, model, bound, schedules, pruned, cut, scheduleLimitHit, maxSteps, failure, outcomes,
        elapsed, 0, 0, null, timeLimitHit, deepest, explored);
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
    /** No failure, but a run was cut at the depth bound, or a schedule or time limit was reached. */
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
          + String.join(", ", limits()) + ", " + elapsedText();
    };
  }

  /** The summary, then the data race if one was found. */
  public String summaryWithRace() {
    return race == null ? summary() : summary() + "\ndata race (C11 undefined behaviour, reported apart): " + race.message();
  }

  /** Why an inconclusive exploration stopped short, and how far it got. */
  private List<String> limits() {
    List<String> out = new ArrayList<>();
    if (timeLimitHit) out.add("stopped at the time limit");
    if (scheduleLimitHit) out.add("stopped at the schedule limit");
    if (cut > 0) out.add(String.format("%,d runs cut at the depth bound of %,d steps", cut, maxSteps));
    else if (timeLimitHit || scheduleLimitHit) out.add("depth bound of " + maxSteps + " steps not reached");
    if (deepest > 0) out.add("deepest run " + deepest + " steps");
    if (!Double.isNaN(explored) && (timeLimitHit || scheduleLimitHit)) out.add(progressText(explored));
    return out;
  }

  /** {@code "about 42% explored"}: the strategy's estimate, shown when it stopped early. */
  static String progressText(double explored) {
    return explored < 0.001 && explored > 0 ? "under 0.1% explored (estimate)"
        : String.format("about %.1f%% explored (estimate)", 100 * explored);
  }

  private String elapsedText() {
    return String.format("%.2fs", elapsed.toNanos() / 1e9);
  }
}
