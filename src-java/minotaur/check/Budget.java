package minotaur.check;

import clojure.lang.Keyword;

/**
 * The limits of one check, shared by its partitions: a deadline, a cap on memoised
 * configurations (and on the bytes they take), and cancellation from another thread. The
 * search polls {@link #exceeded()} every few thousand steps, so a limit stops it within
 * microseconds and no limit can make it hang.
 */
final class Budget {
  static final Keyword TIMEOUT = Keyword.intern("timeout");
  static final Keyword MAX_CONFIGS = Keyword.intern("max-configs");
  static final Keyword MEMORY = Keyword.intern("memory-limit");
  static final Keyword CANCELLED = Keyword.intern("cancelled");
  static final Keyword INTERRUPTED = Keyword.intern("interrupted");
  /** Another partition already found the history invalid: this one's verdict cannot matter. */
  static final Keyword SUPERSEDED = Keyword.intern("superseded");

  private final long deadline;
  final long maxConfigs;
  final long maxBytes;
  private final Cancellation cancellation;
  /** Set once a partition is invalid; read by the other partitions' searches. */
  private volatile boolean decided;

  Budget(CheckOptions options) {
    long start = System.nanoTime();
    this.deadline = options.timeLimit() == null ? Long.MAX_VALUE
        : start + Math.max(0, options.timeLimit().toNanos());
    this.maxConfigs = options.maxConfigs();
    // Memoised configurations may use at most half the heap: the rest is the history's.
    this.maxBytes = options.maxBytes() > 0 ? options.maxBytes() : Runtime.getRuntime().maxMemory() / 2;
    this.cancellation = options.cancellation();
  }

  /** Tells the other partitions' searches to stop: the verdict is invalid whatever they find. */
  void decide() {
    decided = true;
  }

  boolean decided() {
    return decided;
  }

  /** The cause to stop for, or null to go on. */
  Keyword exceeded() {
    if (decided) return SUPERSEDED;
    if (cancellation != null && cancellation.isCancelled()) return CANCELLED;
    if (Thread.currentThread().isInterrupted()) return INTERRUPTED;
    if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) return TIMEOUT;
    return null;
  }
}
