package minotaur.prim.rcu;

import static minotaur.prim.rcu.RcuVariant.*;

import java.util.List;
import minotaur.explore.Scenario;
import minotaur.family.Exposure;
import minotaur.family.Expected;
import minotaur.family.Family;
import minotaur.family.Variant;
import minotaur.run.Workload;
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
            .at("ra", Expected.violated("RCU", "RA finding of the graph explorer, to confirm: synchronize_rcu waits on the QemuEvent FIXED, which loses a wakeup", null))
            .at("rc11", Expected.violated("RCU", "RC11 finding of the graph explorer, to confirm: synchronize_rcu waits on the QemuEvent FIXED, which loses a wakeup under RC11", null)).build(),
        mutant(SYNC_NO_WAIT, "synchronize_rcu returns without wait_for_readers()", "T5",
            "util/rcu.c synchronize_rcu: wait_for_readers();"),
        mutant(UNLOCK_NO_PUBLISH, "rcu_read_unlock forgets to store 0 into its ctr: a writer waits forever", "RCU",
            "include/qemu/rcu.h rcu_read_unlock: atomic_xchg(&p_rcu_reader->ctr, 0);"),
        mutant(READER_NO_SNAPSHOT, "rcu_read_lock never stores its snapshot of rcu_gp_ctr", "T5",
            "include/qemu/rcu.h rcu_read_lock: atomic_xchg(&p_rcu_reader->ctr, ctr);"));
  }

  private static Variant mutant(RcuVariant v, String reason, String property, String sourceLine) {
    return Variant.of(v, reason).violated(Exposure.SC, property, reason, sourceLine).build();
  }

  @Override public Workload workload(WorkloadOptions options) {
    return RcuWorkload.create(options);
  }

  @Override public List<Scenario> scenarios() {
    return RcuScenarios.all();
  }
}
