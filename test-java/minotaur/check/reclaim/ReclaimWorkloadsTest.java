package minotaur.check.reclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import minotaur.prim.Variants;
import minotaur.prim.rcu.RcuVariant;
import minotaur.prim.timer_list.TimerVariant;
import minotaur.run.RunOptions;
import minotaur.run.RunResult;
import minotaur.run.Runner;
import minotaur.run.WorkloadOptions;
import minotaur.cli.Workloads;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code timer-list} and {@code rcu} workloads through the runner, as {@code minotaur run}
 * runs them: every variant's verdict, with the seed and history path in the message. These are
 * the families' seeded stress runs. Where a mutant needs an overlap they find it with margin, not
 * certainty: NO_RECHECK_HEAD showed 2 to 13 use-after-free reads per run besides its lost timers,
 * SYNC_NO_WAIT and READER_NO_SNAPSHOT 90 to 220 early returns, and every one of 10 runs each
 * caught them with the JVM on one core beside two CPU hogs. The schedules themselves are forced,
 * certain on any machine, in TimerListRunTest and RcuTortureRunTest.
 */
class ReclaimWorkloadsTest {
  private static RunResult run(String workload, Enum<?> variant, long seed, int ops) {
    Path out = Paths.get(System.getProperty("minotaur.basedir", "."), "histories", "runs",
        workload + "-" + Variants.cliName(variant) + "-" + seed + "-" + System.currentTimeMillis() + ".edn");
    RunResult r = Runner.run(Workloads.create(workload, WorkloadOptions.of(Variants.cliName(variant), 4, seed)),
        RunOptions.of(4, seed, ops).withHistory(out).withOpTimeout(Duration.ofSeconds(8)).withProgress(false));
    System.out.println(r.summary());
    return r;
  }

  /**
   * Variants a bounded default run must flag: SEED (T5, and T2 by the seed's {@code <}), BEFORE
   * (T2: the code the seed replaced has the same {@code <}) and NO_RECHECK_HEAD (T5 via its stale
   * head, T4).
   */
  @ParameterizedTest
  @EnumSource(value = TimerVariant.class, names = {"SEED", "BEFORE", "FIXED", "NO_RECHECK_HEAD", "PLAIN_PUBLISH"})
  void timerList(TimerVariant v) {
    RunResult r = run("timer-list", v, 1, 1500);
    boolean bug = v == TimerVariant.SEED || v == TimerVariant.BEFORE || v == TimerVariant.NO_RECHECK_HEAD;
    String why = "seed 1, history " + r.historyPath() + "\n" + r.verdict();
    assertEquals(!bug, r.valid(), why);
    if (v == TimerVariant.NO_RECHECK_HEAD) return; // it loses timers, so T2 is moot (and fails too)
    boolean t2 = !v.expiredInclusive();
    assertEquals(!t2, Boolean.TRUE.equals(((IPersistentMap) r.verdict().valAt(Keyword.intern("expired")))
        .valAt(Keyword.intern("valid?"))), why);
  }

  @ParameterizedTest
  @EnumSource(RcuVariant.class)
  void rcu(RcuVariant v) {
    RunResult r = run("rcu", v, 1, 1000);
    assertEquals(v == RcuVariant.CORRECT || v == RcuVariant.FIXED, r.valid(), "seed 1, history " + r.historyPath() + "\n" + r.verdict());
  }
}
