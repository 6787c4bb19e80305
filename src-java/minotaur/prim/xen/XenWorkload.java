package minotaur.prim.xen;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import minotaur.check.CheckOptions;
import minotaur.check.Linearizability;
import minotaur.check.exclusion.AtRest;
import minotaur.check.exclusion.Fairness;
import minotaur.check.exclusion.ProtectedCounter;
import minotaur.check.exclusion.Quiescent;
import minotaur.check.exclusion.SectionOverlap;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultPlan;
import minotaur.fault.Faults;
import minotaur.gen.Gen;
import minotaur.gen.Generator;
import minotaur.history.BadInput;
import minotaur.history.Op;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.model.Models;
import minotaur.os.Os;
import minotaur.prim.Variants;
import minotaur.run.Client;
import minotaur.run.Quiescence;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * The {@code xen} workload: each client thread is a CPU that takes and releases lock A
 * ({@code {:f :acquire}} = {@code lock}, {@code {:f :acquire :value :try}} = {@code trylock},
 * failing {@code :fail}; then {@code {:f :release}}) and, inside, increments a counter
 * non-atomically, in rounds (all CPUs contend once, then meet). Faults: a plan that yields or
 * parks (up to {@code max-pause}) at the {@code xen.*} points. Variants that deliver nested
 * interrupts ({@link XenVariant#nestedInterrupts()}) run a handler at the slow path's windows
 * that, with probability {@code irq-p}, takes and releases a second lock B on the same CPU.
 *
 * <p>Checked: linearizability against the mutex model, overlap of recorded critical sections,
 * the counter against the acquisitions, no CPU blocked at quiescence, {@code spinners == 0} and
 * every {@code lock_spinners} null at rest; fairness is measured. The quiescence hook releases A
 * for whoever still holds it (a {@code :release} whose {@code :value} is the holder's process)
 * until no acquisition is in progress, so a CPU left blocked has lost its kick.
 *
 * <p>Options ({@code -D key=value}): {@link #OPTIONS}.
 */
public final class XenWorkload {
  public static final String NAME = "xen";
  private static final WorkloadOption SPIN_COUNT =
      WorkloadOption.of("spin-count", "16", "spins before a CPU blocks on the lock's event channel (the seed's: 1024)");
  private static final WorkloadOption TRY_P = WorkloadOption.of("try-p", "0.25", "share of :try ops (spin_trylock)");
  private static final WorkloadOption FAULT_P =
      WorkloadOption.of("fault-p", "0.05", "probability of a fault (half yields, half pauses) at each fault point");
  private static final WorkloadOption MAX_PAUSE =
      WorkloadOption.duration("max-pause", "50us", "max-pause-us", ChronoUnit.MICROS, "longest pause");
  private static final WorkloadOption IRQ_P =
      WorkloadOption.of("irq-p", "0.5", "probability of a nested interrupt taking lock B (nesting variants)");
  private static final WorkloadOption LINEAR_LIMIT = WorkloadOption.duration("linear-limit", "10s", "linear-limit-s",
      ChronoUnit.SECONDS, "time for the linearizability check, then :unknown (the direct checks still decide)");
  /** The {@code -D} options it knows. */
  public static final List<WorkloadOption> OPTIONS = List.of(SPIN_COUNT, TRY_P, FAULT_P, MAX_PAUSE, IRQ_P, LINEAR_LIMIT);
  private static final Keyword TRY = Keyword.intern("try");
  /** How long the quiescence hook waits for a stalled acquisition to get a free lock. */
  private static final long STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final XenVariant variant;
  private final XenLockCpus cpus;
  private final XenSpinlock lockA;
  private final XenSpinlock lockB;
  private final IntCell counter;
  private final double tryP;
  private final Set<Integer> holders = ConcurrentHashMap.newKeySet();
  private final AtomicInteger acquiring = new AtomicInteger();

  private XenWorkload(WorkloadOptions o) {
    o.requireKnown(NAME, OPTIONS);
    String name = o.variant() == null ? "seed" : o.variant();
    this.variant = Variants.parse(XenVariant.class, name);
    int spinCount = o.intOption(SPIN_COUNT);
    if (spinCount < 1) throw new BadInput("option spin-count must be at least 1, got " + spinCount);
    this.tryP = o.probabilityOption(TRY_P);
    Memory mem = Memory.jvm();
    this.cpus = new XenLockCpus(mem, Os.jvm(), o.threads());
    this.lockA = new XenSpinlock("a", mem, cpus, variant, spinCount);
    this.lockB = new XenSpinlock("b", mem, cpus, variant, spinCount);
    this.counter = mem.intCell("counter", 0);
    if (variant.nestedInterrupts()) cpus.setIrqHandler(new NestedLockIrq(lockB));
  }

  /** The workload factory of the {@code xen} CLI name. */
  public static Workload create(WorkloadOptions o) {
    XenWorkload w = new XenWorkload(o);
    double faultP = o.probabilityOption(FAULT_P);
    int maxPause = (int) Math.min(Integer.MAX_VALUE,  // in us; an int of them is half an hour, past any run
        o.durationOption(MAX_PAUSE).toNanos() / 1_000);
    Duration linearLimit =
        o.durationOption(LINEAR_LIMIT);
    return Workload.builder(NAME, Variants.cliName(w.variant))
        .clients((thread, process) -> w.new CpuClient(thread))
        .generator(w.generator())
        .faults(w.faults(faultP, maxPause, o.probabilityOption(IRQ_P)))
        .quiescence(w::releaseHolders)
        .atRest("locked", w.lockA::isLocked)
        .atRest("spinners", () -> List.of(w.lockA.spinnersAtRest(), w.lockB.spinnersAtRest()))
        .atRest("lock-spinners", w::lockSpinners)
        .atRest("counter", () -> w.counter.getVolatile())
        .checker("linear", (history, run) -> Linearizability.check(Models.named("mutex", null),
            history, CheckOptions.defaults().withTimeLimit(linearLimit)).verdict())
        .checker("overlap", (history, run) -> SectionOverlap.lock(history))
        .atRestChecker("counter", (history, run) -> ProtectedCounter.check(history, "acquire",
            ((Number) run.atRest().valAt(Keyword.intern("counter"))).longValue()))
        .atRestChecker("blocked", (history, run) -> Quiescent.check(history,
            Boolean.FALSE.equals(run.atRest().valAt(Keyword.intern("locked")))))
        .atRestChecker("at-rest", (history, run) -> AtRest.check(observed(run.atRest()), w.idle()))
        .checker("fairness", (history, run) -> Fairness.measure(history))
        .build();
  }

  /**
   * Yields and short parks at every point; for the variants that nest, interrupts at the slow
   * path's windows with probability {@code irqP}, each taking lock B ({@link NestedLockIrq}).
   */
  private FaultPlan faults(double faultP, int maxPause, double irqP) {
    FaultPlan.Builder b = FaultPlan.builder()
        .yield(faultP / 2, "xen.*")
        .park(faultP / 2, DelayDistribution.uniform(1_000, maxPause * 1_000L), "xen.*");
    if (variant.nestedInterrupts()) b.interrupt(irqP, "xen.slow.*");
    return b.build();
  }

  private Generator generator() {
    Generator acquire = Gen.fn(ctx -> Gen.op("acquire", ctx.random().nextDouble() < tryP ? TRY : null));
    // Rounds: every CPU takes and releases once, then all meet. A kick lost in a round's last
    // handover cannot be healed by a later unlock: its CPU blocks until the watchdog.
    Generator round = Gen.eachThread(Gen.concat(Gen.once(acquire), Gen.op("release", null)));
    return Gen.cycle(Gen.synchronize(round));
  }

  private List<Object> lockSpinners() {
    List<Object> names = new ArrayList<>();
    for (int cpu = 0; cpu < cpus.ncpus(); cpu++) {
      XenSpinlock l = cpus.lockSpinnersAtRest(cpu);
      names.add(l == null ? null : l.toString());
    }
    return names;
  }

  private Map<String, Object> idle() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("locked", false);
    m.put("spinners", List.of(0, 0));
    List<Object> none = new ArrayList<>();
    for (int cpu = 0; cpu < cpus.ncpus(); cpu++) none.add(null);
    m.put("lock-spinners", none);
    return m;
  }

  private static Map<String, Object> observed(IPersistentMap atRest) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Object o : atRest) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
      m.put(((Keyword) e.getKey()).getName(), e.getValue());
    }
    return m;
  }

  /**
   * Quiescence: releases A on behalf of each holder, again while acquisitions are in progress
   * and one of them gets the lock, until none is in progress or A stays free with one stalled.
   */
  private void releaseHolders(Quiescence.Phase phase) {
    Client releaser = invocation -> {
      lockA.unlock();
      holders.remove(((Number) invocation.value()).intValue());
      return invocation.withType(Op.Type.OK);
    };
    long freeSince = System.nanoTime();
    while (true) {
      for (Integer p : List.copyOf(holders)) {
        phase.invoke(Op.invoke(0, "release", (long) p), releaser);
        freeSince = System.nanoTime();
      }
      // Read acquiring before holders: an acquirer joins holders before it stops acquiring.
      boolean settled = acquiring.get() == 0 && holders.isEmpty();
      if (settled || System.nanoTime() - freeSince > STALL_NANOS) return;
      LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
    }
  }

  /** One CPU's client: process {@code process} on CPU {@code thread}. */
  private final class CpuClient implements Client {
    private final int cpu;
    private boolean holding;

    CpuClient(int cpu) {
      this.cpu = cpu;
    }

    @Override
    public void enter(Op invocation) {
      if (isAcquire(invocation)) acquiring.incrementAndGet();
    }

    @Override
    public Op invoke(Op op) {
      if (isAcquire(op)) {
        if (TRY.equals(op.value())) {
          if (!lockA.trylock()) return op.withType(Op.Type.FAIL);
        } else {
          lockA.lock(cpu);
        }
        holding = true;
        increment();
        return op.withType(Op.Type.OK);
      }
      if (!holding) return op.withType(Op.Type.FAIL); // after a failed trylock
      holding = false;
      lockA.unlock();
      return op.withType(Op.Type.OK);
    }

    @Override
    public void exit(Op completion) {
      if (isAcquire(completion)) {
        if (completion.isOk()) holders.add(completion.processId());
        acquiring.decrementAndGet();
      } else if (completion.isOk()) {
        holders.remove(completion.processId());
      }
    }

    /** The protected counter: a read, a window, a write. */
    private void increment() {
      int v = counter.getPlain();
      Faults.point("xen.critical.increment");
      counter.setPlain(v + 1);
    }

    private boolean isAcquire(Op op) {
      return "acquire".equals(op.f().getName());
    }
  }

  /** The nested-interrupt handler: takes and releases lock B on the interrupted CPU. */
  private static final class NestedLockIrq implements XenLockCpus.IrqHandler {
    private final XenSpinlock lock;

    NestedLockIrq(XenSpinlock lock) {
      this.lock = lock;
    }

    @Override
    public void interrupt(int cpu, String window) {
      lock.lock(cpu);
      Faults.point("xen.irq.critical");
      lock.unlock();
    }
  }
}
