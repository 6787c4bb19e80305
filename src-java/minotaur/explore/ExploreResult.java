package minotaur.explore;

import java.time.Duration;
import java.util.Map;

/**
 * The verdict of one exploration and what backs it: the bound explored and how many schedules,
 * the failure if one was found, and the outcomes seen (for litmus tests).
 */
public record ExploreResult(Verdict verdict, String scenario, MemoryModel model, String bound,
    long schedules, long pruned, long cut, boolean scheduleLimitHit, int maxSteps,
    Failure failure, Map<String, Long> outcomes, Duration elapsed) {

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
          + (scheduleLimitHit ? String.format("stopped at the schedule limit") : "")
          + (scheduleLimitHit && cut > 0 ? ", " : "")
          + (cut > 0 ? String.format("%,d runs cut at the depth bound of %,d steps", cut, maxSteps) : "")
          + ", " + elapsedText();
    };
  }

  private String elapsedText() {
    return String.format("%.2fs", elapsed.toNanos() / 1e9);
  }
}
