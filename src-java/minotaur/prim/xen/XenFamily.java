package minotaur.prim.xen;

import static minotaur.prim.xen.XenVariant.*;

import java.util.List;
import minotaur.explore.ExploreOptions;
import minotaur.explore.MemoryModel;
import minotaur.explore.Scenario;
import minotaur.family.Expected;
import minotaur.family.Family;
import minotaur.family.RunCheck;
import minotaur.family.Variant;
import minotaur.run.Workload;
import minotaur.run.WorkloadOptions;

/**
 * The descriptor of family {@code xen}: the Xen paravirt byte spinlock of Linux 2.6.26 (seed
 * 002). Expectations follow each {@link XenVariant}'s exposure. The byte lock (BEFORE) spins
 * without blocking, which no exhaustive search bounds: the explorer cannot decide it by design and
 * a seeded stress run does. Handover is explored exhaustively; the three-CPU nested shape to
 * {@value #NESTED_PREEMPTIONS} preemptions under SC and with {@value #NESTED_PCT_RUNS} PCT runs
 * under weaker models.
 */
public final class XenFamily implements Family {
  static final int NESTED_PREEMPTIONS = 2;
  static final int NESTED_PCT_RUNS = 2000;
  private static final String UNLOCK_BARRIER = "002:216 xen_spin_unlock: barrier(); /* make sure unlock happens before kick */";

  @Override public String name() {
    return XenWorkload.NAME;
  }

  @Override public List<String> aliases() {
    return List.of("xen-spinlock");
  }

  @Override public String seed() {
    return "002";
  }

  @Override public String summary() {
    return "Xen paravirt byte spinlock (Linux 2.6.26 arch/x86/xen/spinlock.c)";
  }

  @Override public List<String> properties() {
    return List.of("X1", "X2", "X3");
  }

  @Override public List<Variant> variants() {
    return List.of(
        mutant(SEED, "the seed (no nested interrupts)", "X2", UNLOCK_BARRIER),
        Variant.of(BEFORE, "the plain byte lock: spins, never blocks")
            .inconclusive("an unbounded spin: no exhaustive search bounds it, no scenario; the stress run decides")
            .run(RunCheck.of(4, 1, 160).with("spin-count", "1").with("fault-p", "0.2"), Expected.holds("correct"))
            .build(),
        Variant.of(FIXED, "later Linux: mb() in unlock, lock_spinners saved and restored").holds(FIXED.failure()).build(),
        mutant(NO_RECHECK, "the slow path skips the trylock after clearing pending", "X2",
            "002:157 xen_spin_lock_slow: ret = xen_spin_trylock(lock);"),
        mutant(CLEAR_AFTER_CHECK, "pending cleared after the trylock", "X2",
            "002:153 xen_spin_lock_slow: xen_clear_irq_pending(irq);"),
        mutant(NO_KICK, "unlock never checks spinners", "X2", "002:218 xen_spin_unlock: if (unlikely(xl->spinners))"),
        mutant(XCHG_AS_STORE, "the lock byte taken by a read and a plain store", "X1",
            "002:179 xen_spin_lock: 1: xchgb %1,%0"),
        mutant(NESTING, "the seed with an interrupt taking a second lock in the slow path", "X2",
            "002:125 spinning_lock: __get_cpu_var(lock_spinners) = xl;"),
        mutant(COUNT_BEFORE_REGISTER, "control: spinners incremented before lock_spinners is set", "X2", UNLOCK_BARRIER),
        mutant(UNLOCK_NO_MB, "FIXED without unlock's later mb()", "X2", UNLOCK_BARRIER),
        mutant(REGISTER_NO_WMB, "FIXED without spinning_lock's wmb()", "X2",
            "002:126 spinning_lock: wmb(); /* set lock of interest before count */"),
        mutant(UNREGISTER_NO_WMB, "FIXED without unspinning_lock's wmb()", "X2",
            "002:135 unspinning_lock: wmb(); /* decrement count before clearing lock */"),
        mutant(UNLOCK_NO_WMB, "FIXED without unlock's smp_wmb()", "X1",
            "002:212 xen_spin_unlock: smp_wmb(); /* make sure no writes get moved after unlock */"));
  }

  private static Variant mutant(XenVariant v, String summary, String property, String seedLine) {
    return Variant.of(v, summary).violated(v.exposure(), property, v.failure(), seedLine).build();
  }

  @Override public Workload workload(WorkloadOptions options) {
    return XenWorkload.create(options);
  }

  @Override public List<Scenario> scenarios() {
    return XenScenarios.all();
  }

  @Override public ExploreOptions bounds(Scenario scenario, MemoryModel model) {
    ExploreOptions o = ExploreOptions.defaults().withModel(model);
    if (!scenario.name().endsWith("/nested")) return o;
    return model == MemoryModel.SC ? o.withPreemptionBound(NESTED_PREEMPTIONS) : o.withRandom(NESTED_PCT_RUNS, 1);
  }
}
