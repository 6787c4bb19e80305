package minotaur.prim.timer_list;

import static minotaur.prim.timer_list.TimerVariant.*;

import java.util.List;
import minotaur.explore.ExploreOptions;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Expected;
import minotaur.family.Exposure;
import minotaur.family.Family;
import minotaur.family.RunCheck;
import minotaur.family.Variant;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * The descriptor of family {@code timer-list}: the RCU-protected QEMU timer list of the 2013 "RCU
 * timer list" series (seed 004). The explorer's reader-vs-free scenario exists for SEED, BEFORE and
 * FIXED: under SC exhaustively, FIXED (whose call_rcu thread makes the space large) to
 * {@value #PREEMPTIONS} preemption; under weaker models {@value #PCT_RUNS} PCT runs. The other
 * mutants have no scenario: a seeded stress run decides them on this machine.
 */
public final class TimerListFamily implements Family {
  static final int PREEMPTIONS = 1;
  static final int PCT_RUNS = 500;
  private static final String RECHECK =
      "004:135 timerlist_run_timers: ts = timer_list->active_timers; (the head re-read under the lock)";
  private static final String STRICT = "timerlist_expired disagrees with timerlist_run_timers at expire_time == now";
  private static final String STRICT_LINE = "004:58 timerlist_expired: return expire_time < qemu_clock_get_ns(...);";

  @Override public String name() {
    return TimerListWorkload.NAME;
  }

  @Override public String seed() {
    return "004";
  }

  @Override public String summary() {
    return "QEMU RCU-protected timer list (qemu-timer.c, 2013): lockless readers, timer_free";
  }

  @Override public List<String> properties() {
    return List.of("T1", "T2", "T3", "T4", "T5");
  }

  @Override public List<Variant> variants() {
    RunCheck run = RunCheck.of(4, 1, 1500);
    return List.of(
        Variant.of(SEED, "the seed: lockless reads, timer_free frees at once")
            .violated(Exposure.SC, "T5", "use-after-free: a lockless reader still holds the freed head",
                "004:94 timer_free: g_free(ts); /* TODO: use call_rcu to free. */")
            .build(),
        Variant.of(BEFORE, "every read under active_timers_lock; the seed's timerlist_expired <")
            .violated(Exposure.SC, "T2", STRICT, STRICT_LINE)
            .run(run, Expected.violated("T2", STRICT, STRICT_LINE))
            .build(),
        Variant.of(FIXED, "the seed's TODO done: timer_free through call_rcu").holds("correct").build(),
        Variant.of(PLAIN_PUBLISH, "timer_mod links the timer with a plain store")
            .violated(Exposure.WEAK, "T3", "a reader may see the timer before its initialising stores: under RC11 the"
                + " plain linking store releases nothing (timer-list/plain-publish/publish, 3rd execution)",
                "004:102 timer_mod_ns: atomic_rcu_set(pt, ts);")
            .at("ra", Expected.holds("RA makes every store a release: the plain linking store is atomic_rcu_set"))
            .run(run, Expected.holds("x86 and HotSpot keep the initialising stores before the linking store"))
            .build(),
        Variant.of(NO_RECHECK_HEAD, "timerlist_run_timers runs the head it read locklessly")
            .violated(Exposure.SC, "T4", "fires a deleted or moved timer", RECHECK)
            .run(run, Expected.violated("T4", "fires a deleted or moved timer", RECHECK))
            .build());
  }

  @Override public Workload workload(WorkloadOptions options) {
    return TimerListWorkload.create(options);
  }

  @Override public List<WorkloadOption> workloadOptions() {
    return TimerListWorkload.OPTIONS;
  }

  @Override public List<Scenario> scenarios() {
    return ReclaimScenarios.timerList();
  }

  @Override public ExploreOptions bounds(Scenario scenario, MemoryModel model) {
    ExploreOptions o = ExploreOptions.defaults().withModel(model);
    if (model.graphOnly()) return o; // execution graphs: every one, no preemption bound or PCT
    if (model != MemoryModel.SC) return o.withRandom(PCT_RUNS, 1);
    return scenario.name().startsWith(name() + "/fixed/") ? o.withPreemptionBound(PREEMPTIONS) : o;
  }
}
