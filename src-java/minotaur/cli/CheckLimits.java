package minotaur.cli;

import java.time.Duration;
import minotaur.check.CheckOptions;
import minotaur.history.BadInput;
import picocli.CommandLine.Option;

/** The limits of one linearizability check, shared by {@code check} and {@code report}. */
public final class CheckLimits {
  @Option(names = "--time-limit", converter = DurationConverter.class, paramLabel = "DURATION",
      description = "Give up with :unknown after this long per history, e.g. 500ms, 10s, 2m (default: none for check, 60s for report).")
  Duration timeLimit;

  @Option(names = "--max-configs", paramLabel = "N", description = "Give up with :unknown past N memoised configurations.")
  Long maxConfigs;

  /** The checker options these limits make. */
  CheckOptions options() {
    return options(null);
  }

  /** The checker options these limits make, with {@code defaultTimeLimit} (or none, if null) unless one was given. */
  CheckOptions options(Duration defaultTimeLimit) {
    CheckOptions options = CheckOptions.defaults();
    Duration limit = timeLimit != null ? timeLimit : defaultTimeLimit;
    if (limit != null) options = options.withTimeLimit(limit);
    if (maxConfigs != null && maxConfigs < 1) throw new BadInput("--max-configs must be at least 1, got " + maxConfigs);
    if (maxConfigs != null) options = options.withMaxConfigs(maxConfigs);
    return options;
  }
}
