package minotaur.prim.rcu;

import static minotaur.prim.rcu.RcuVariant.*;

import java.util.List;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Expected;
import minotaur.family.Exposure;
import minotaur.family.Family;
import minotaur.family.Variant;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * The descriptor of family {@code rcu}: QEMU's util/rcu.c of 2015, the RCU the timer list of
 * seed 004 relies on, driven by an rcutorture-style workload. Its property is PROPERTIES.md's "RCU
 * itself" (named {@code RCU} here): {@code synchronize_rcu} waits for pre-existing readers and
 * returns; call_rcu callbacks run once after a grace period. Its one scenario is explored
 * exhaustively.
 */
public final class RcuFamily implements Family {
  @Override public String name() {
    return RcuWorkload.NAME;
  }

  @Override public String seed() {
    return "004";
  }

  @Override public String summary() {
    return "QEMU RCU (util/rcu.c, 2015): rcu_read_lock/unlock, synchronize_rcu, call_rcu";
  }

  @Override public List<String> properties() {
    return List.of("RCU", "T5");
  }

  @Override public List<Variant> variants() {
    return List.of(
        Variant.of(CORRECT, "util/rcu.c as in QEMU 2.3").holds("correct")
            .at("ra", XCHG_NOT_A_FENCE).at("rc11", XCHG_NOT_A_FENCE).build(),
        Variant.of(FIXED, "later QEMU: store-release of ctr, then smp_mb_placeholder() before reading waiting")
            .holds("correct: the full fence after the ctr store pairs with the writer's smp_mb (25 RA and RC11"
                + " executions)").build(),
        mutant(SYNC_NO_WAIT, "synchronize_rcu returns without wait_for_readers()", "T5",
            "util/rcu.c synchronize_rcu: wait_for_readers();"),
        mutant(UNLOCK_NO_PUBLISH, "rcu_read_unlock forgets to store 0 into its ctr: a writer waits forever", "RCU",
            "include/qemu/rcu.h rcu_read_unlock: atomic_xchg(&p_rcu_reader->ctr, 0);"),
        mutant(READER_NO_SNAPSHOT, "rcu_read_lock never stores its snapshot of rcu_gp_ctr", "T5",
            "include/qemu/rcu.h rcu_read_lock: atomic_xchg(&p_rcu_reader->ctr, ctr);"));
  }

  /**
   * CORRECT under RA and RC11 (docs/memory-models.md, Findings): rcu_read_unlock's xchg of ctr is
   * a seq_cst RMW, which in C11 does not order its later relaxed load of waiting; against the
   * writer's {@code waiting = true; smp_mb(); read ctr} that is store buffering with an RMW on one
   * side: the reader misses waiting, the writer reads the old ctr and sleeps for good.
   */
  static final Expected XCHG_NOT_A_FENCE = Expected.violated("RCU", "lost wakeup: rcu_read_unlock's atomic_xchg of"
      + " ctr is a seq_cst RMW, not a full fence in C11, so its load of waiting misses the writer's store while"
      + " the writer, after its smp_mb, reads the old ctr and waits for good; later QEMU stores ctr with release"
      + " and then smp_mb_placeholder() (fixed)",
      "include/qemu/rcu.h rcu_read_unlock: atomic_xchg(&p_rcu_reader->ctr, 0);");

  private static Variant mutant(RcuVariant v, String reason, String property, String sourceLine) {
    return Variant.of(v, reason).violated(Exposure.SC, property, reason, sourceLine).build();
  }

  @Override public Workload workload(WorkloadOptions options) {
    return RcuWorkload.create(options);
  }

  @Override public List<WorkloadOption> workloadOptions() {
    return RcuWorkload.OPTIONS;
  }

  @Override public List<Scenario> scenarios() {
    return RcuScenarios.all();
  }
}
