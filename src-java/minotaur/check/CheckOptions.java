package minotaur.check;

import java.time.Duration;

/** Limits and knobs of a linearizability check; immutable, built with {@code with*} methods. */
public final class CheckOptions {
  private static final CheckOptions DEFAULTS = new CheckOptions(null, Long.MAX_VALUE, 0,
      Runtime.getRuntime().availableProcessors(), null);

  private final Duration timeLimit;
  private final long maxConfigs;
  private final long maxBytes;
  private final int parallelism;
  private final Cancellation cancellation;

  private CheckOptions(Duration timeLimit, long maxConfigs, long maxBytes, int parallelism,
      Cancellation cancellation) {
    this.timeLimit = timeLimit;
    this.maxConfigs = maxConfigs;
    this.maxBytes = maxBytes;
    this.parallelism = parallelism;
    this.cancellation = cancellation;
  }

  /** No time limit, configurations capped by half the heap, partitions on every core. */
  public static CheckOptions defaults() {
    return DEFAULTS;
  }

  /** Past this, the check stops with {@code :unknown}, {@code :cause :timeout}. */
  public CheckOptions withTimeLimit(Duration limit) {
    return new CheckOptions(limit, maxConfigs, maxBytes, parallelism, cancellation);
  }

  /** Past this many memoised configurations: {@code :unknown}, {@code :cause :max-configs}. */
  public CheckOptions withMaxConfigs(long max) {
    if (max <= 0) throw new IllegalArgumentException("max configs must be positive: " + max);
    return new CheckOptions(timeLimit, max, maxBytes, parallelism, cancellation);
  }

  /** Past this many bytes of memoised configurations: {@code :cause :memory-limit}. */
  public CheckOptions withMaxBytes(long max) {
    if (max <= 0) throw new IllegalArgumentException("max bytes must be positive: " + max);
    return new CheckOptions(timeLimit, maxConfigs, max, parallelism, cancellation);
  }

  /** How many partitions may be checked at once (1: sequentially, in the calling thread). */
  public CheckOptions withParallelism(int threads) {
    if (threads <= 0) throw new IllegalArgumentException("parallelism must be positive: " + threads);
    return new CheckOptions(timeLimit, maxConfigs, maxBytes, threads, cancellation);
  }

  /** Lets another thread stop the check: {@code :cause :cancelled}. */
  public CheckOptions withCancellation(Cancellation token) {
    return new CheckOptions(timeLimit, maxConfigs, maxBytes, parallelism, token);
  }

  public Duration timeLimit() { return timeLimit; }
  public long maxConfigs() { return maxConfigs; }
  public long maxBytes() { return maxBytes; }
  public int parallelism() { return parallelism; }
  public Cancellation cancellation() { return cancellation; }
}
