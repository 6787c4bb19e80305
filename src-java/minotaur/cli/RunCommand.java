package minotaur.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import minotaur.history.Edn;
import minotaur.run.RunOptions;
import minotaur.run.RunResult;
import minotaur.run.Runner;
import minotaur.run.Workload;
import minotaur.run.WorkloadOptions;
import minotaur.run.Workloads;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minotaur run}: runs a workload, writes its history, prints the verdict. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs a workload against a primitive, records the history to",
        "histories/runs/<workload>-<variant>-<seed>-<timestamp>.edn (+ .result.edn) and checks it.",
        "Exit: 0 holds, 1 violation, 2 unknown, 3 bad input."})
public final class RunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "WORKLOAD", description = "cas-register, ... (see the error for the full list)")
  String workload;

  @Option(names = "--variant", description = "Variant of the primitive (case-insensitive); default: the workload's.")
  String variant;

  @Option(names = "--threads", defaultValue = "4", description = "Client threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--seed", description = "Seed of the generator and the fault plan (default: random, printed).")
  Long seed;

  @Option(names = "--ops", description = "Client ops to run (default 1000 unless --time-limit is given).")
  Long ops;

  @Option(names = "--time-limit", converter = DurationConverter.class, description = "Stop generating after this long, e.g. 10s.")
  Duration timeLimit;

  @Option(names = "--op-timeout", defaultValue = "5s", converter = DurationConverter.class,
      description = "Watchdog: an op running longer is recorded as :info :timeout (default ${DEFAULT-VALUE}).")
  Duration opTimeout;

  @Option(names = "--quiesce", defaultValue = "500ms", converter = DurationConverter.class,
      description = "How long quiescence waits for in-flight ops (default ${DEFAULT-VALUE}).")
  Duration quiesce;

  @Option(names = "--out", defaultValue = "histories/runs", description = "Directory for the history (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE", description = "A workload-specific option.")
  Map<String, String> extra = new LinkedHashMap<>();

  @Override
  public Integer call() {
    if (threads < 1) throw new BadInput("--threads must be at least 1, got " + threads);
    if (ops != null && ops < 1) throw new BadInput("--ops must be at least 1, got " + ops);
    long s = seed != null ? seed : ThreadLocalRandom.current().nextLong(1L << 32);
    Workload w;
    try {
      w = Workloads.create(workload, new WorkloadOptions(variant, threads, s, extra));
    } catch (IllegalArgumentException e) {
      throw new BadInput(e.getMessage());
    }
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    Path history = out.resolve(w.name() + "-" + w.variant() + "-" + s + "-" + stamp + ".edn");
    long n = ops != null ? ops : timeLimit != null ? 0 : 1000;
    RunOptions options = new RunOptions(threads, s, n, timeLimit, opTimeout, quiesce, history, true);
    RunResult r = Runner.run(w, options);
    System.out.println(Edn.print(r.toEdn()));
    System.out.println("history " + r.historyPath());
    System.out.println("seed " + s);
    System.out.println(r.summary());
    return Exit.of(r.valid());
  }

  /** Durations as people type them: {@code 10s}, {@code 500ms}, {@code 200us}, {@code 2m}, {@code 1h}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ns|us|ms|s|m|h)").matcher(text.trim());
      if (!m.matches()) throw new BadInput("bad duration '" + text + "' (expected e.g. 10s, 500ms, 200us, 2m)");
      long v = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ns": return Duration.ofNanos(v);
        case "us": return Duration.ofNanos(v * 1000);
        case "ms": return Duration.ofMillis(v);
        case "s": return Duration.ofSeconds(v);
        case "m": return Duration.ofMinutes(v);
        default: return Duration.ofHours(v);
      }
    }
  }
}
