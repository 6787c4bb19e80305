package minotaur.prim.xen;

import static minotaur.prim.xen.XenVariant.*;

import java.util.List;
import minotaur.explore.ExploreOptions;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Expected;
import minotaur.family.Family;
import minotaur.family.RunCheck;
import minotaur.family.Variant;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
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
        Variant.of(FIXED, "later Linux: mb() in unlock, lock_spinners saved and restored").holds(FIXED.failure())
            .at("rc11", PLAIN_UNLOCK).build(),
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
        droppedWmb(REGISTER_NO_WMB, "FIXED without spinning_lock's wmb()",
            "the next write after the wmb is the seq_cst incw of spinners, itself a release, and the next after that"
            + " follows xen_clear_irq_pending's F_sc"),
        droppedWmb(UNREGISTER_NO_WMB, "FIXED without unspinning_lock's wmb()",
            "the writes after the wmb up to the unlock's own smp_wmb (lock_spinners, the section's) are all"
            + " plain, and a release fence synchronizes only through an atomic write after it"),
        droppedWmb(UNLOCK_NO_WMB, "FIXED without unlock's smp_wmb()",
            "the only write between the wmb and the mb() that FIXED has after it is the plain lock = 0, and a"
            + " release fence synchronizes only through an atomic write after it"));
  }

  /**
   * RC11 finding of the graph explorer (xen/fixed/handover, "counter 1 after 2 sections"): the
   * unlock's {@code lock = 0} is x86's plain {@code movb}, which in C11 releases nothing, so the
   * next owner's xchg does not synchronize with the section (docs/memory-models.md).
   */
  static final Expected PLAIN_UNLOCK = Expected.violated("X1",
      "RC11: the plain lock=0 store of unlock releases nothing in C11 (x86 movb)",
      "002:213 xen_spin_unlock: xl->lock = 0;   /* release lock */");

  /**
   * A dropped wmb() (F_rel) that no model of the explorer can show. SC and x86-TSO keep stores in
   * order. Under RA every write is a release and every read an acquire, so a release or acquire
   * fence adds no happens-before between accesses: the mutant has FIXED's RA-consistent graphs
   * (handover 7, nested 4, as FIXED). Under RC11 it fails exactly as FIXED does ({@link
   * #PLAIN_UNLOCK}), because {@code subsumedBy} releases everything the wmb would: a release fence
   * synchronizes only through an atomic write po-after it. The wmb's own job needs a model where
   * the locked increment is not a release (the code is x86-only), which C11 with this mapping is not.
   */
  private static Variant droppedWmb(XenVariant v, String summary, String subsumedBy) {
    return Variant.of(v, summary)
        .at("sc", Expected.holds("SC keeps stores in order"))
        .at("tso", Expected.holds("x86-TSO keeps stores in order: wmb() is a compiler barrier on x86"))
        .at("ra", Expected.holds("a release or acquire fence adds nothing under RA (every write a release, every"
            + " read an acquire): FIXED's graphs, handover 7 and nested 4"))
        .at("rc11", Expected.violated("X1", "fails only as FIXED does (plain unlock store, X1); the dropped wmb is"
            + " not observable: " + subsumedBy, PLAIN_UNLOCK.seedLine()))
        .build();
  }

  private static Variant mutant(XenVariant v, String summary, String property, String seedLine) {
    return Variant.of(v, summary).violated(v.exposure(), property, v.failure(), seedLine).build();
  }

  @Override public Workload workload(WorkloadOptions options) {
    return XenWorkload.create(options);
  }

  @Override public List<WorkloadOption> workloadOptions() {
    return XenWorkload.OPTIONS;
  }

  @Override public List<Scenario> scenarios() {
    return XenScenarios.all();
  }

  @Override public ExploreOptions bounds(Scenario scenario, MemoryModel model) {
    ExploreOptions o = ExploreOptions.defaults().withModel(model);
    if (model.graphOnly()) return o; // execution graphs: every one, no preemption bound or PCT
    if (!scenario.name().endsWith("/nested")) return o;
    return model == MemoryModel.SC ? o.withPreemptionBound(NESTED_PREEMPTIONS) : o.withRandom(NESTED_PCT_RUNS, 1);
  }
}
