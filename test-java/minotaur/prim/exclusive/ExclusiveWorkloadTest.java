package minotaur.prim.exclusive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import minotaur.prim.Variants;
import minotaur.run.RunOptions;
import minotaur.run.RunResult;
import minotaur.run.Runner;
import minotaur.run.WorkloadOptions;
import minotaur.cli.Workloads;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bounded, seeded runs of the {@code exclusive} workload (3 vCPU threads and an outside thread):
 * the seed and the locked code hold; each SC mutant is caught within a few seeds. Every run prints
 * its seed, verdict and history path (replay: {@code ./minotaur run exclusive --variant V --seed S
 * --threads 4 --ops N -D fault-p=0.2}).
 */
class ExclusiveWorkloadTest {
  private static final int THREADS = 4;
  private static final long OPS = 600;
  private static final long MUTANT_OPS = 160;
  private static final int MAX_SEEDS = 10;
  /** A hung mutant wedges every later round: stop generating after this long. */
  private static final Duration MUTANT_TIME = Duration.ofSeconds(2);

  static RunResult run(CpuListVariant v, long seed, long ops) {
    Path history = Path.of("target", "minotaur-runs",
        ExclusiveWorkload.NAME + "-" + Variants.cliName(v) + "-" + seed + ".edn");
    WorkloadOptions o = new WorkloadOptions(Variants.cliName(v), THREADS, seed, Map.of("fault-p", "0.2"));
    RunOptions ro = RunOptions.of(THREADS, seed, ops).withOpTimeout(Duration.ofMillis(500))
        .withQuiesce(Duration.ofMillis(300)).withHistory(history);
    if (ops == MUTANT_OPS) ro = ro.withTimeLimit(MUTANT_TIME);
    RunResult r = Runner.run(Workloads.create(ExclusiveWorkload.NAME, o), ro);
    System.out.println(r.summary());
    return r;
  }

  @ParameterizedTest
  @EnumSource(names = {"SEED", "BEFORE"})
  void correctVariantsHold(CpuListVariant v) {
    RunResult r = run(v, 1, OPS);
    assertEquals(Boolean.TRUE, r.valid(), () -> r.toEdn().toString());
  }

  @ParameterizedTest
  @EnumSource(names = {"NO_HAS_WAITER", "END_NO_SIGNAL", "START_SKIPS_IDLE", "NO_EXCLUSIVE_IDLE"})
  void scMutantsAreCaught(CpuListVariant v) {
    for (long seed = 1; seed <= MAX_SEEDS; seed++) {
      RunResult r = run(v, seed, MUTANT_OPS);
      if (Boolean.FALSE.equals(r.valid())) return;
    }
    fail(v + " not caught in seeds 1.." + MAX_SEEDS);
  }
}
