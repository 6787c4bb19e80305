package minotaur.test;

import java.time.Duration;

/**
 * One row of a verdict's coverage table: one check that ran (or was skipped for lack of budget).
 *
 * @param technique the technique
 * @param model the memory model ({@code real} for stress runs)
 * @param target the scenario name, or the stress run's seed
 * @param result what the check concluded
 * @param count schedules explored, or client ops run
 * @param bound what was covered, as the engine states it ({@code exhaustive to preemption bound 2},
 *     {@code stopped by the time budget after ...}, {@code 1,000 ops with spin faults})
 * @param elapsed how long the check ran
 * @param finding the violation, when {@code result} is {@link Result#FAIL}
 */
public record Evidence(Technique technique, String model, String target, Result result, long count, String bound,
    Duration elapsed, Finding finding) {
  /** What one check concluded. */
  public enum Result {
    /** Every schedule within the bound passed, or the stress run's history checked valid. */
    PASS,
    /** A violation was found. */
    FAIL,
    /** It ran but could not decide: a limit or the budget cut it, or a checker said unknown. */
    INCOMPLETE,
    /** The budget was spent before it could start. */
    NOT_RUN
  }

  /** Whether this check decided something: a pass within its bound or a violation. */
  public boolean decisive() {
    return result == Result.PASS || result == Result.FAIL;
  }
}
