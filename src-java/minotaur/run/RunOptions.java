package minotaur.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run a workload.
 *
 * @param threads client threads (Jepsen's concurrency)
 * @param seed seed of the generator's random source and of the fault plan
 * @param ops at most this many client ops, or 0 for no count limit
 * @param timeLimit stop generating client ops after this long, or null for no time limit
 * @param opTimeout the watchdog completes an op still running after this long as {@code :info}
 *     {@code :error :timeout}
 * @param quiesce how long quiescence waits for in-flight ops, before and after the workload's
 *     quiescence hook, before it declares them still blocked
 * @param history the history file to write (its result goes next to it as {@code .result.edn}),
 *     or null to record in memory only
 * @param progress show progress on standard error: a bar on a terminal, else a line every few
 *     seconds
 * @param keepGoing go on generating after a certain hang (the hung ops are given up on at once,
 *     as the op timeout would); by default the run stops generating there and is judged
 */
public record RunOptions(int threads, long seed, long ops, Duration timeLimit, Duration opTimeout,
    Duration quiesce, Path history, boolean progress, boolean keepGoing) {

  public RunOptions {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    if (ops < 0) throw new IllegalArgumentException("ops must be >= 0, got " + ops);
    Objects.requireNonNull(opTimeout, "opTimeout");
    Objects.requireNonNull(quiesce, "quiesce");
  }

  /** Options that stop at the first certain hang. */
  public RunOptions(int threads, long seed, long ops, Duration timeLimit, Duration opTimeout,
      Duration quiesce, Path history, boolean progress) {
    this(threads, seed, ops, timeLimit, opTimeout, quiesce, history, progress, false);
  }

  /** {@code ops} ops on {@code threads} threads, 5 s watchdog, 200 ms quiescence, in memory, no progress bar. */
  public static RunOptions of(int threads, long seed, long ops) {
    return new RunOptions(threads, seed, ops, null, Duration.ofSeconds(5), Duration.ofMillis(200), null, false, false);
  }

  public RunOptions withHistory(Path p) {
    return new RunOptions(threads, seed, ops, timeLimit, opTimeout, quiesce, p, progress, keepGoing);
  }

  public RunOptions withTimeLimit(Duration d) {
    return new RunOptions(threads, seed, ops, d, opTimeout, quiesce, history, progress, keepGoing);
  }

  public RunOptions withOpTimeout(Duration d) {
    return new RunOptions(threads, seed, ops, timeLimit, d, quiesce, history, progress, keepGoing);
  }

  public RunOptions withQuiesce(Duration d) {
    return new RunOptions(threads, seed, ops, timeLimit, opTimeout, d, history, progress, keepGoing);
  }

  public RunOptions withKeepGoing(boolean k) {
    return new RunOptions(threads, seed, ops, timeLimit, opTimeout, quiesce, history, progress, k);
  }

  public RunOptions withProgress(boolean p) {
    return new RunOptions(threads, seed, ops, timeLimit, opTimeout, quiesce, history, p, keepGoing);
  }
}
