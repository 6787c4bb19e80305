package minotaur.prim.exclusive;

import clojure.lang.IPersistentMap;
import clojure.lang.IPersistentVector;
import clojure.lang.Keyword;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minotaur.check.CheckOptions;
import minotaur.check.Verdict;
import minotaur.check.Linearizability;
import minotaur.check.exclusion.AtRest;
import minotaur.check.exclusion.ProtectedCounter;
import minotaur.check.exclusion.Quiescent;
import minotaur.check.exclusion.SectionOverlap;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultPlan;
import minotaur.fault.Faults;
import minotaur.gen.Gen;
import minotaur.gen.Generator;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.model.Models;
import minotaur.os.Os;
import minotaur.prim.Variants;
import minotaur.run.Client;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * The {@code exclusive} workload: vCPU threads run guest code between {@code cpu_exec_start} and
 * {@code cpu_exec_end} ({@code {:f :exec}}, entered in the client's {@code enter} and left in its
 * {@code exit}, so the recorded op lies inside the real section) and now and then an exclusive
 * section outside it ({@code {:f :exclusive}}, {@code async_safe_run_on_cpu} style); with two or
 * more threads the last one is an outside thread that runs only exclusive sections. Rounds: every
 * thread runs one op, then all meet, so a lost wakeup cannot be covered by later traffic.
 *
 * <p>The guest: each step bumps the CPU's pair {@code (a, b)} non-atomically ({@code a++},
 * a fault point, {@code b++}) and stops early when kicked. An exclusive section reads every pair
 * (a pair with {@code a != b} is a CPU caught mid-step: {@code :torn}) and increments a counter
 * non-atomically; both read that counter as a version ({@code :exec} at its start and end, {@code
 * :exclusive} before its increment). Checked: linearizability against the shared-exclusive model
 * (a running section sees one version), overlap of recorded sections, torn reads, the counter against the
 * exclusive sections, nothing blocked at quiescence, {@code pending_cpus == 0} and no {@code
 * has_waiter} or {@code running} at rest.
 *
 * <p>Options ({@code -D key=value}): {@link #OPTIONS}.
 */
public final class ExclusiveWorkload {
  public static final String NAME = "exclusive";
  private static final WorkloadOption STEPS = WorkloadOption.of("steps", "20", "guest steps per exec");
  private static final WorkloadOption EXCLUSIVE_P =
      WorkloadOption.of("exclusive-p", "0.2", "share of exclusive ops on vCPU threads");
  private static final WorkloadOption FAULT_P =
      WorkloadOption.of("fault-p", "0.05", "probability of a fault (half yields, half pauses) at each fault point");
  private static final WorkloadOption MAX_PAUSE =
      WorkloadOption.duration("max-pause", "50us", "max-pause-us", ChronoUnit.MICROS, "longest pause");
  private static final WorkloadOption LINEAR_LIMIT = WorkloadOption.duration("linear-limit", "10s", "linear-limit-s",
      ChronoUnit.SECONDS, "time for the linearizability check, then :unknown (the direct checks still decide)");
  /** The {@code -D} options it knows. */
  public static final List<WorkloadOption> OPTIONS = List.of(STEPS, EXCLUSIVE_P, FAULT_P, MAX_PAUSE, LINEAR_LIMIT);
  private static final Keyword TORN = Keyword.intern("torn");
  private static final Keyword VERSION = Keyword.intern("version");

  private final CpuListVariant variant;
  private final CpuList list;
  private final int ncpus;
  private final int steps;
  private final IntCell[] guestA;
  private final IntCell[] guestB;
  private final IntCell counter;

  private ExclusiveWorkload(WorkloadOptions o) {
    this.variant = Variants.parse(CpuListVariant.class, o.variant() == null ? "seed" : o.variant());
    this.ncpus = o.threads() == 1 ? 1 : o.threads() - 1;
    this.steps = o.intOption(STEPS);
    Memory mem = Memory.jvm();
    this.list = new CpuList(mem, Os.jvm(), ncpus, variant);
    this.guestA = new IntCell[ncpus];
    this.guestB = new IntCell[ncpus];
    for (int i = 0; i < ncpus; i++) {
      guestA[i] = mem.intCell("guest[" + i + "].a", 0);
      guestB[i] = mem.intCell("guest[" + i + "].b", 0);
    }
    this.counter = mem.intCell("exclusive.counter", 0);
  }

  /** The workload factory of the {@code exclusive} CLI name. */
  public static Workload create(WorkloadOptions o) {
    o.requireKnown(NAME, OPTIONS);
    ExclusiveWorkload w = new ExclusiveWorkload(o);
    double exclusiveP = o.probabilityOption(EXCLUSIVE_P);
    double faultP = o.probabilityOption(FAULT_P);
    int maxPause = (int) Math.min(Integer.MAX_VALUE,  // in us; an int of them is half an hour, past any run
        o.durationOption(MAX_PAUSE).toNanos() / 1_000);
    Duration linearLimit =
        o.durationOption(LINEAR_LIMIT);
    return Workload.builder(NAME, Variants.cliName(w.variant))
        .clients((thread, process) -> w.new ThreadClient(thread))
        .generator(w.generator(o.threads(), exclusiveP))
        .faults(FaultPlan.builder()
            .yield(faultP / 2, "exclusive.*")
            .park(faultP / 2, DelayDistribution.uniform(1_000, maxPause * 1_000L), "exclusive.*")
            .build())
        .atRest("pending-cpus", w.list::pendingCpus)
        .atRest("has-waiter", () -> w.perCpu(CpuState::hasWaiter))
        .atRest("running", () -> w.perCpu(CpuState::running))
        .atRest("counter", () -> w.counter.getVolatile())
        .checker("linear", (history, run) -> Linearizability.check(Models.named("shared-exclusive", 0L),
            history, CheckOptions.defaults().withTimeLimit(linearLimit)).verdict())
        .checker("overlap", (history, run) -> SectionOverlap.execAndExclusive(history))
        .checker("torn", (history, run) -> torn(history))
        .atRestChecker("counter", (history, run) -> ProtectedCounter.check(history, "exclusive",
            ((Number) run.atRest().valAt(Keyword.intern("counter"))).longValue()))
        .atRestChecker("blocked", (history, run) -> Quiescent.check(history,
            Long.valueOf(0).equals(run.atRest().valAt(Keyword.intern("pending-cpus")))))
        .atRestChecker("at-rest", (history, run) -> AtRest.check(observed(run.atRest()), w.idle()))
        .build();
  }

  private Generator generator(int threads, double exclusiveP) {
    Generator cpuOp = Gen.fn(ctx -> Gen.op(ctx.random().nextDouble() < exclusiveP ? "exclusive" : "exec", null));
    Generator cpuRound = Gen.eachThread(Gen.once(cpuOp));
    if (threads == 1) return Gen.cycle(Gen.synchronize(cpuRound));
    Generator outsideRound = Gen.eachThread(Gen.op("exclusive", null));
    return Gen.cycle(Gen.synchronize(Gen.reserve(ncpus, cpuRound, outsideRound)));
  }

  private List<Object> perCpu(java.util.function.Predicate<CpuState> field) {
    List<Object> out = new ArrayList<>();
    for (CpuState c : list.cpus()) out.add(field.test(c));
    return out;
  }

  private Map<String, Object> idle() {
    List<Object> no = new ArrayList<>();
    for (int i = 0; i < ncpus; i++) no.add(false);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pending-cpus", 0);
    m.put("has-waiter", no);
    m.put("running", no);
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

  /** Exclusive sections that caught a vCPU mid-step. */
  private static Verdict torn(List<Op> history) {
    List<Object> bad = new ArrayList<>();
    Verdict.Builder b = Verdict.holds(true);
    for (Call c : History.from(history).calls()) {
      Op op = c.completion();
      if (c.ok() && "exclusive".equals(c.f().getName()) && op.value() instanceof IPersistentMap v
          && v.valAt(TORN) instanceof IPersistentVector t && t.count() > 0) {
        bad.add(op.toMap());
        if (bad.size() == 1) b = Verdict.holds(false).failing(op)
            .step(op, "this exclusive section saw a vCPU mid-step: " + minotaur.history.Edn.print(v.valAt(TORN)));
      }
    }
    if (!bad.isEmpty()) b.message(bad.size() + " exclusive section(s) caught a vCPU mid-step");
    return b.detail("torn", bad).build();
  }

  /** A thread's client: vCPU {@code thread}, or the outside thread when it has no vCPU. */
  private final class ThreadClient implements Client {
    private final CpuState cpu;

    ThreadClient(int thread) {
      this.cpu = thread < ncpus ? list.cpu(thread) : null;
    }

    private boolean isExec(Op op) {
      return "exec".equals(op.f().getName());
    }

    @Override
    public void enter(Op invocation) {
      if (isExec(invocation)) {
        cpu.clearExitRequest();
        list.cpuExecStart(cpu);
      } else {
        list.startExclusive();
      }
    }

    @Override
    public Op invoke(Op op) {
      if (isExec(op)) {
        long before = counter.getPlain();
        runGuest();
        return op.withType(Op.Type.OK).withValue(List.of(before, (long) counter.getPlain()));
      }
      List<Long> torn = new ArrayList<>();
      for (int i = 0; i < ncpus; i++) {
        if (guestA[i].getPlain() != guestB[i].getPlain()) torn.add((long) i);
      }
      int v = counter.getPlain();
      Faults.point("exclusive.section.increment");
      counter.setPlain(v + 1);
      return op.withType(Op.Type.OK).withValue(Map.of(TORN, torn, VERSION, (long) v));
    }

    @Override
    public void exit(Op completion) {
      if (isExec(completion)) {
        list.cpuExecEnd(cpu);
      } else {
        list.endExclusive();
      }
    }

    /** Guest steps until done or kicked. */
    private void runGuest() {
      IntCell a = guestA[cpu.index];
      IntCell b = guestB[cpu.index];
      int n = 0;
      while (n < steps && !cpu.exitRequested()) {
        a.setPlain(a.getPlain() + 1);
        Faults.point("exclusive.guest.step");
        b.setPlain(b.getPlain() + 1);
        n++;
      }
    }
  }
}
