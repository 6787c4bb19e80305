package minotaur.explore;

import java.time.Duration;

/**
 * An exploration loop's clock, checked between runs: whether its time limit has passed, and
 * whether the progress display is due for a refresh (at most every {@value #PROGRESS_NANOS} ns).
 */
final class Pacer {
  private static final long PROGRESS_NANOS = 100_000_000L;

  private final long deadline;
  private long shown;

  /** Paces a loop that began at {@code start} (System.nanoTime) with {@code limit} (null: none). */
  Pacer(long start, Duration limit) {
    this.deadline = limit == null ? Long.MAX_VALUE : start + limit.toNanos();
    this.shown = start;
  }

  /** True once the time limit has passed at {@code now}. */
  boolean timeUp(long now) {
    return now - deadline >= 0;
  }

  /** True, and counted as shown, when the display was last refreshed long enough before {@code now}. */
  boolean progressDue(long now) {
    if (now - shown < PROGRESS_NANOS) return false;
    shown = now;
    return true;
  }
}
