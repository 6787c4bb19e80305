package minotaur.explore.strategy;

/** How the explorer picks choices: exhaustive DFS, PCT random, or a replayed schedule. */
public interface Strategy {
  /**
   * Picks one of the {@code count} enabled choices in {@code enabled} (never empty) at the run's
   * current state, or returns -1 to abandon the run (every choice is redundant).
   */
  int choose(Schedule run, int[] enabled, int count);

  /** After a run of {@code steps} steps: prepares the next one; false when nothing is left to explore. */
  boolean next(int steps);

  /** Whether every schedule within {@link #bound()} was covered. */
  boolean complete();

  /** What was explored, e.g. {@code "exhaustive to preemption bound 2"}. */
  String bound();

  /** An estimate of the fraction of the strategy's schedules explored so far, or NaN if none. */
  default double explored() {
    return Double.NaN;
  }
}
