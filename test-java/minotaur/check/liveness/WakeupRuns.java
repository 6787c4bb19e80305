package minotaur.check.liveness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import minotaur.run.RunOptions;
import minotaur.run.RunResult;
import minotaur.run.Runner;
import minotaur.run.WorkloadOptions;
import minotaur.cli.Workloads;

/** Bounded, seeded runs of the wakeup family's workloads for tests: each prints its seed and history path. */
public final class WakeupRuns {
  private WakeupRuns() {}

  public static RunResult run(String workload, String variant, int threads, long seed, long ops,
      java.util.Map<String, String> extra) throws Exception {
    Path dir = Path.of(System.getProperty("minotaur.basedir", "."), "target", "wakeup-runs");
    Files.createDirectories(dir);
    Path history = dir.resolve(workload + "-" + variant + String.join("-", new java.util.TreeMap<>(extra).values().stream()
        .map(v -> "-" + v).toList()) + "-" + seed + ".edn");
    RunOptions options = RunOptions.of(threads, seed, ops)
        .withOpTimeout(Duration.ofSeconds(1))
        .withQuiesce(Duration.ofMillis(400))
        .withHistory(history);
    RunResult r = Runner.run(Workloads.create(workload, new WorkloadOptions(variant, threads, seed, extra)), options);
    System.out.println(r.summary() + " -- replay: minotaur run " + workload + " --variant " + variant
        + " --threads " + threads + " --seed " + seed + " --ops " + ops);
    return r;
  }
}
