package minotaur.explore;

import java.time.Duration;
import java.util.Map;
import minotaur.cli.Exit;

/**
 * The verdict of one exploration and what backs it: the bound explored and how many schedules,
 * the failure if one was found, the outcomes seen (for litmus tests) and how far it got: whether
 * the time limit stopped it, the longest run in steps ({@code deepest}) and the strategy's
 * estimate of the fraction of its schedules explored ({@code explored}, NaN if it has none).
 */
public record ExploreResult(Verdict verdict, String scenario, MemoryModel model, String bound,
    long schedules, long pruned, long cut, boolean scheduleLimitHit, int maxSteps,
    Failure failure, Map<String, Long> outcomes, Duration elapsed,
    boolean timeLimitHit, int deepest, double explored) {

  /** A result with no time limit hit and nothing known of how far it got. */
  public ExploreResult(Verdict verdict, String scenario, MemoryModel model, String bound,
      long schedules, long pruned, long cut, boolean scheduleLimitHit, int maxSteps,
      Failure failure, Map<String, Long> outcomes, Duration elapsed) {
    this(verdict, scenario, model, bound, schedules, pruned, cut, scheduleLimitHit, maxSteps, failure, outcomes,
        elapsed, false, 0, Double.NaN);
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
    String counts = String.format("%,d schedules", schedules)
        + (pruned > 0 ? String.format(" (+%,d abandoned as equivalent)", pruned) : "");
    String where = scenario + " under " + model.name() + ": ";
    return switch (verdict) {
      case PASS -> "pass: " + where + bound + ": " + counts + ", " + elapsedText();
      case FAIL -> "FAIL: " + where + failure.kind().name().toLowerCase().replace('_', ' ') + ": "
          + failure.message() + " (found after " + counts + ", " + bound + ")";
      case INCONCLUSIVE -> "inconclusive: " + where + bound + ": " + counts + "; "
          + String.join(", ", limits()) + ", " + elapsedText();
    };
  }

  /** Why an inconclusive exploration stopped short, and how far it got. */
  private java.util.List<String> limits() {
    java.util.List<String> out = new java.util.ArrayList<>();
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

  /** 0 pass, 1 failure found, 2 inconclusive (a bound or limit was hit). */
  public int exitCode() {
    return switch (verdict) {
      case PASS -> Exit.HOLDS;
      case FAIL -> Exit.VIOLATION;
      case INCONCLUSIVE -> Exit.UNKNOWN;
    };
  }
}
