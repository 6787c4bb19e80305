package minotaur.prim.exclusive;

import static minotaur.prim.exclusive.CpuListVariant.*;

import java.util.List;
import minotaur.explore.ExploreOptions;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Expected;
import minotaur.family.Exposure;
import minotaur.family.Family;
import minotaur.family.Variant;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * The descriptor of family {@code exclusive}: QEMU's cpus-common exclusive sections (seed 000).
 * Expectations follow each {@link CpuListVariant}'s exposure; the three-thread shape under TSO is
 * sampled with {@value #PCT_RUNS} PCT runs (a pass there is probabilistic), every other scenario
 * explored exhaustively.
 */
public final class ExclusiveFamily implements Family {
  static final int PCT_RUNS = 2000;

  @Override public String name() {
    return ExclusiveWorkload.NAME;
  }

  @Override public String seed() {
    return "000";
  }

  @Override public String summary() {
    return "QEMU cpu_exec_start/end lock-free fast path with exclusive sections (cpus-common.c)";
  }

  @Override public List<String> properties() {
    return List.of("E1", "E2", "E3");
  }

  @Override public List<Variant> variants() {
    return List.of(
        Variant.of(SEED, "the seed: lock-free cpu_exec_start/end").holds(SEED.failure())
            .at("rc11", Expected.violated("E1", "cpu_exec_end's atomic_set(&cpu->running, false) is relaxed: an"
                + " exclusive section that reads it false does not happen after the vCPU's section (no release),"
                + " so it can see the section's writes undone (RA makes the store a release and holds)",
                "000:124 cpu_exec_end: atomic_set(&cpu->running, false);")).build(),
        Variant.of(BEFORE, "cpu_exec_start/end under qemu_cpu_list_lock").holds(BEFORE.failure()).build(),
        mutant(NO_HAS_WAITER, "start_exclusive does not set has_waiter", "E2",
            "000:50 start_exclusive: other_cpu->has_waiter = true;"),
        mutant(END_NO_SIGNAL, "cpu_exec_end never signals exclusive_cond", "E2",
            "000:150 cpu_exec_end: qemu_cond_signal(&exclusive_cond);"),
        mutant(START_SKIPS_IDLE, "cpu_exec_start's !has_waiter branch skips exclusive_idle()", "E1",
            "000:103 cpu_exec_start: exclusive_idle();"),
        mutant(NO_EXCLUSIVE_IDLE, "start_exclusive skips exclusive_idle()", "E1",
            "000:37 start_exclusive: exclusive_idle();"),
        mutant(START_NO_MB, "smp_mb in start_exclusive dropped", "E2", "000:44 start_exclusive: smp_mb();"),
        mutant(EXEC_START_NO_MB, "smp_mb in cpu_exec_start dropped", "E1", "000:80 cpu_exec_start: smp_mb();"),
        mutant(EXEC_END_NO_MB, "smp_mb in cpu_exec_end dropped", "E2", "000:127 cpu_exec_end: smp_mb();"));
  }

  private static Variant mutant(CpuListVariant v, String summary, String property, String seedLine) {
    return Variant.of(v, summary).violated(v.exposure(), property, v.failure(), seedLine).build();
  }

  @Override public Workload workload(WorkloadOptions options) {
    return ExclusiveWorkload.create(options);
  }

  @Override public List<WorkloadOption> workloadOptions() {
    return ExclusiveWorkload.OPTIONS;
  }

  @Override public List<Scenario> scenarios() {
    return ExclusiveScenarios.all();
  }

  @Override public ExploreOptions bounds(Scenario scenario, MemoryModel model) {
    ExploreOptions o = ExploreOptions.defaults().withModel(model);
    if (model.graphOnly()) return o; // execution graphs: every one, no preemption bound or PCT
    return scenario.name().endsWith("/two-exclusive") && model != MemoryModel.SC ? o.withRandom(PCT_RUNS, 1) : o;
  }
}
