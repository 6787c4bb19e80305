package minotaur.test;

import clojure.lang.IPersistentMap;
import clojure.lang.MapEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import minotaur.check.Verdict;
import minotaur.explore.Engine;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.Failure;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Family;
import minotaur.family.RunCheck;
import minotaur.family.Variant;
import minotaur.fault.FaultPlan;
import minotaur.fault.FaultRule;
import minotaur.history.Op;
import minotaur.history.Recorder;
import minotaur.run.RunOptions;
import minotaur.run.RunResult;
import minotaur.run.Runner;
import minotaur.run.Workload;
import minotaur.run.WorkloadOptions;

/**
 * The engine of {@code minotaur test}: one verdict for one variant of a family within one time
 * budget, from three techniques run cheapest and most decisive first (as Lincheck combines model
 * checking and stress behind one check, and Jepsen lets the test, not the user, choose the search):
 *
 * <ol>
 *   <li>exploration of each of the variant's scenarios under each memory model, with the family's
 *       decisive bounds ({@link Family#bounds}), SC first;
 *   <li>PCT random schedules of the scenarios that exploration could not finish (a limit or the
 *       budget cut it) or only covered to a preemption bound;
 *   <li>stress runs of the workload on real threads with its fault plan, by default aimed at the
 *       points of the scenarios where a delay widens a race window ({@link AimedPlan}), seeds {@code
 *       seed, seed + 1, ...}, histories written under {@link TestOptions#out()}.
 * </ol>
 *
 * It stops at the first violation unless {@link TestOptions#allFindings()}.
 *
 * <p>Budget: the phases end at 50%, 75% and 100% of the budget from the start, so time a phase does
 * not use goes to the next; within a phase each remaining check gets an equal share of what is
 * left. An exploration stops after the run during which its share ended ({@link
 * ExploreOptions#timeLimit()}), and its row says it was stopped by the budget; a stress run stops generating ops at its share ({@link
 * RunOptions#timeLimit()}) and its watchdog fires within it. A finding's confirmation on real
 * threads gets what is left of the budget.
 *
 * <p>Those stops come between units of work, and a unit can take long on a loaded machine, so
 * every check also has a hard end, the budget plus its {@link #grace grace}: a check still running
 * then is cut short ({@link Cutoff}), its row says so and has no result, and no check starts
 * after the budget. The verdict thus ends within the budget and the grace.
 */
public final class Tester {
  /** Below this share a check is not started. */
  private static final long MIN_SHARE_NANOS = 20_000_000L;
  /**
   * Below this much stress time the delays are not aimed: sampling the scenarios takes up to about
   * a second on a loaded machine, and it runs to its fixed count so that {@code run --aim} derives
   * the same plan.
   */
  private static final long MIN_AIM_NANOS = 1_000_000_000L;
  /** The least grace after the budget for the check running at its end; 10% of the budget when longer. */
  static final long MIN_GRACE_NANOS = 2_000_000_000L;
  /** The row of a check cut short at the hard end. */
  static final String CUT = "cut short by the time budget, no result";
  private static final int DEFAULT_THREADS = 4;
  private static final long DEFAULT_OPS = 1000;

  private final Family family;
  private final Variant variant;
  private final TestOptions options;
  private final CheckListener listener;
  private final LongSupplier clock;
  private final Cutoff cutoff;
  private final long start;
  /** The budget's end plus its grace: no check runs past it. */
  private final long hardEnd;
  private final List<Evidence> evidence = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  private Tester(Family family, Variant variant, TestOptions options, CheckListener listener, LongSupplier clock) {
    this.family = family;
    this.variant = variant;
    this.options = options;
    this.listener = listener;
    this.clock = clock;
    this.cutoff = new Cutoff(clock);
    this.start = clock.getAsLong();
    this.hardEnd = start + options.budget().toNanos() + grace(options.budget());
  }

  /** How long after the budget a check still running is cut short: 2 s, or 10% of a budget over 20 s. */
  static long grace(Duration budget) {
    return Math.max(MIN_GRACE_NANOS, budget.toNanos() / 10);
  }

  /** Tests {@code variant} of {@code family} as {@code options} say. */
  public static TestVerdict test(Family family, Variant variant, TestOptions options) {
    return test(family, variant, options, CheckListener.NONE);
  }

  /** Tests as {@link #test(Family, Variant, TestOptions)}, telling {@code listener} as each check starts. */
  public static TestVerdict test(Family family, Variant variant, TestOptions options, CheckListener listener) {
    return test(family, variant, options, listener, System::nanoTime);
  }

  /** Tests as {@link #test(Family, Variant, TestOptions, CheckListener)} on {@code clock} (nanoseconds; for tests). */
  static TestVerdict test(Family family, Variant variant, TestOptions options, CheckListener listener,
      LongSupplier clock) {
    return new Tester(family, variant, options, listener, clock).test();
  }

  private TestVerdict test() {
    long budget = options.budget().toNanos();
    List<Scenario> scenarios = family.scenarios(variant);
    boolean explores = !scenarios.isEmpty() && (options.techniques().contains(Technique.EXHAUSTIVE)
        || options.techniques().contains(Technique.PCT));
    boolean stresses = options.techniques().contains(Technique.STRESS);
    // Without a second technique to share with, a phase has the whole budget.
    long exploreEnd = start + (stresses ? budget / 2 : budget);
    long pctEnd = start + (stresses ? budget * 3 / 4 : budget);
    List<Scenario> larger = new ArrayList<>();
    List<MemoryModel> largerModels = new ArrayList<>();
    if (options.techniques().contains(Technique.EXHAUSTIVE)) {
      int left = scenarios.size() * options.models().size();
      for (MemoryModel m : options.models()) {
        for (Scenario s : scenarios) {
          if (done()) break;
          Evidence e = explore(s, exhaustive(family.bounds(s, m)), share(exploreEnd, left--), Technique.EXHAUSTIVE);
          if (e.result() == Evidence.Result.INCOMPLETE || e.result() == Evidence.Result.NOT_RUN
              || e.bound().contains("preemption bound") && !e.bound().contains("never reached")) {
            larger.add(s);
            largerModels.add(m);
          }
        }
      }
    } else if (explores) {
      for (MemoryModel m : options.models()) {
        for (Scenario s : scenarios) {
          larger.add(s);
          largerModels.add(m);
        }
      }
    }
    if (options.techniques().contains(Technique.PCT)) {
      int left = larger.size();
      for (int i = 0; i < larger.size() && !done(); i++) {
        Scenario s = larger.get(i);
        MemoryModel m = largerModels.get(i);
        // The graph engine (RA, RC11) enumerates execution graphs: it has no random schedules.
        if (family.bounds(s, m).effectiveEngine() == Engine.GRAPH) {
          left--;
          continue;
        }
        ExploreOptions pct = family.bounds(s, m).withRandom(Integer.MAX_VALUE, options.seed());
        explore(s, pct, share(pctEnd, left--), Technique.PCT);
      }
    }
    if (stresses) stress(start + budget);
    return new TestVerdict(family.name(), variant.name(), outcome(), evidence, findings,
        Declared.of(variant, options.models().stream().map(MemoryModel::cliName).toList()),
        since());
  }

  /** The graph engine (RA, RC11) takes a family's bounds without PCT runs or a preemption bound. */
  private ExploreOptions exhaustive(ExploreOptions o) {
    return o.effectiveEngine() == Engine.GRAPH ? o.withRandom(0, o.seed()).withPreemptionBound(-1) : o;
  }

  private TestVerdict.Outcome outcome() {
    if (!findings.isEmpty()) return TestVerdict.Outcome.VIOLATED;
    return evidence.stream().anyMatch(Evidence::decisive) ? TestVerdict.Outcome.HOLDS : TestVerdict.Outcome.UNKNOWN;
  }

  private boolean done() {
    return !findings.isEmpty() && !options.allFindings();
  }

  /** The time one of {@code left} remaining checks may take before {@code end}. */
  private long share(long end, int left) {
    return Math.max(0, (end - clock.getAsLong()) / Math.max(1, left));
  }

  /**
   * Explores {@code s} with {@code o} for at most {@code nanos}. An open-ended PCT check ({@code o}
   * asks for unboundedly many runs) runs until its share is spent: that is its bound, not a cut.
   */
  private Evidence explore(Scenario s, ExploreOptions o, long nanos, Technique t) {
    String model = o.model().cliName();
    boolean pct = o.randomRuns() > 0;
    boolean openEnded = o.randomRuns() == Integer.MAX_VALUE;
    if (nanos < MIN_SHARE_NANOS) {
      return add(new Evidence(t, model, s.name(), Evidence.Result.NOT_RUN, 0, "budget spent", Duration.ZERO, null));
    }
    listener.checking(t, model, s.name());
    long began = clock.getAsLong();
    ExploreResult r = cutoff.call(t.word() + " " + s.name(), hardEnd,
        () -> Explorer.explore(s, o.withTimeLimit(Duration.ofNanos(nanos))));
    if (r == null) {
      return add(new Evidence(t, model, s.name(), Evidence.Result.INCOMPLETE, 0, CUT,
          Duration.ofNanos(clock.getAsLong() - began), null));
    }
    boolean[] stopped = {r.timeLimitHit()};
    Technique found = pct ? Technique.PCT : t;
    String bound = pct ? String.format("PCT depth %d, seed %d, %,d runs", o.pctDepth(), o.seed(), r.schedules()) : r.bound();
    Evidence.Result result;
    if (r.verdict() == ExploreResult.Verdict.FAIL) {
      result = Evidence.Result.FAIL;
    } else if (r.verdict() == ExploreResult.Verdict.PASS || openEnded && r.cut() == 0) {
      result = Evidence.Result.PASS;
    } else {
      result = Evidence.Result.INCOMPLETE;
      bound = bound + (stopped[0] ? "; stopped by the time budget" + (pct ? String.format(" (of %,d runs)", o.randomRuns()) : "")
          : r.scheduleLimitHit() ? "; stopped at the schedule limit" : "")
          + (r.cut() > 0 ? String.format("; %,d runs cut at %,d steps", r.cut(), r.maxSteps()) : "");
    }
    Finding f = result == Evidence.Result.FAIL ? finding(s, r, found) : null;
    if (f != null) findings.add(f);
    return add(new Evidence(found, model, s.name(), result, r.schedules(), bound, r.elapsed(), f));
  }

  private Finding finding(Scenario s, ExploreResult r, Technique t) {
    Failure failure = r.failure();
    String kind = failure.kind().name().toLowerCase().replace('_', ' ');
    String declared = Declared.property(variant, r.model().cliName());
    String history = null;
    if (options.out() != null) {
      Path path = options.out().resolve(r.scenario().replaceAll("[^A-Za-z0-9+_-]", "_") + "-" + r.model().cliName()
          + "-" + stamp() + ".edn");
      try (Recorder recorder = Recorder.toFile(path)) {
        for (Op op : failure.history()) recorder.record(op);
      }
      history = path.toString();
    }
    return new Finding(declared != null ? declared : kind, kind + ": " + oneLine(failure.message()), t,
        r.model().cliName(), "./minotaur explore --replay " + failure.token(), history, since(),
        confirmation(s, r));
  }

  /**
   * The confirmation line of finding {@code r} of {@code s}, from the attempts that fit in what is
   * left of the budget; when none does, or they are cut short, the line says so.
   */
  private String confirmation(Scenario s, ExploreResult r) {
    long end = start + options.budget().toNanos();
    String later = " (./minotaur explore --replay " + r.failure().token() + " --confirm retries it)";
    if (end - clock.getAsLong() < MIN_SHARE_NANOS) return "not attempted: the time budget was spent" + later;
    String line = cutoff.call("confirmation of " + s.name(), end, () -> FindingConfirmation.line(s, r, options.out()));
    return line != null ? line : "cut short by the time budget before its attempts ended" + later;
  }

  /**
   * Stress runs, seeds from {@code options.seed()}, until {@code end}; with {@link
   * TestOptions.StressFaults#AIMED}, the workload's delays are aimed at the hot points of the
   * variant's scenarios first ({@link AimedPlan}; the sampling counts against the first run's share),
   * given at least {@link #MIN_AIM_NANOS} for the phase.
   */
  private void stress(long end) {
    RunCheck declared = variant.run();
    int threads = declared != null ? declared.threads() : DEFAULT_THREADS;
    long ops = declared != null ? declared.ops() : DEFAULT_OPS;
    Map<String, String> extra = declared != null ? declared.extra() : Map.of();
    int runs = Math.max(options.stressRuns(), declared != null ? declared.attempts() : 1);
    AimedPlan aimed = null;
    if (options.stressFaults() == TestOptions.StressFaults.AIMED && !done() && end - clock.getAsLong() >= MIN_AIM_NANOS) {
      Workload first = family.workload(new WorkloadOptions(variant.name(), threads, options.seed(), extra));
      // Cut at the phase's end: then no run has time left, and each row says "budget spent".
      aimed = cutoff.call("aiming " + variant.name(), end, () -> AimedPlan.derive(family, variant, first.faultPlan()));
    }
    for (int i = 0; i < runs && !done(); i++) {
      long seed = options.seed() + i;
      long nanos = share(end, runs - i);
      if (nanos < MIN_SHARE_NANOS) {
        add(new Evidence(Technique.STRESS, TestVerdict.REAL, Long.toString(seed), Evidence.Result.NOT_RUN, 0,
            "budget spent", Duration.ZERO, null));
        continue;
      }
      Workload w = family.workload(new WorkloadOptions(variant.name(), threads, seed, extra));
      if (aimed != null) w = w.withFaults(aimed.plan());
      Duration share = Duration.ofNanos(nanos);
      // The watchdog must fire within the share too, or one blocked op would overrun it.
      Duration opTimeout = Duration.ofMillis(Math.max(300, Math.min(5000, share.toMillis() / 2)));
      RunOptions ro = RunOptions.of(threads, seed, ops).withTimeLimit(share).withOpTimeout(opTimeout);
      if (options.out() != null) {
        ro = ro.withHistory(options.out().resolve(family.name() + "-" + variant.name() + "-" + seed + "-" + stamp() + ".edn"));
      }
      listener.checking(Technique.STRESS, TestVerdict.REAL, Long.toString(seed));
      long began = clock.getAsLong();
      Workload run = w;
      RunOptions runOptions = ro;
      RunResult r = cutoff.call("stress run " + seed, hardEnd, () -> Runner.run(run, runOptions));
      String bound = String.format("%d threads, up to %,d ops, %s%s", threads, ops, faults(w.faultPlan()),
          aimed == null ? "" : " " + aimed.describe());
      if (r == null) {
        add(new Evidence(Technique.STRESS, TestVerdict.REAL, Long.toString(seed), Evidence.Result.INCOMPLETE, 0,
            bound + "; " + CUT, Duration.ofNanos(clock.getAsLong() - began), null));
        continue;
      }
      long done = r.history().stream().filter(o -> o.isInvoke() && o.isClient()).count();
      Object valid = r.valid();
      Evidence.Result result = Boolean.TRUE.equals(valid) ? Evidence.Result.PASS
          : Boolean.FALSE.equals(valid) ? Evidence.Result.FAIL : Evidence.Result.INCOMPLETE;
      Finding f = null;
      if (result == Evidence.Result.FAIL) {
        String failing = failingCheckers(r.verdict());
        String property = Declared.property(variant, TestVerdict.REAL);
        f = new Finding(property != null ? property : failing, "checker " + failing + " failed", Technique.STRESS,
            TestVerdict.REAL, new RunCheck(threads, seed, ops, 1, extra).command(family.name(), variant.name())
                // The run's own limits: an op timeout decides what counts as hung.
                + " --time-limit " + share.toMillis() + "ms --op-timeout " + opTimeout.toMillis() + "ms"
                + (aimed == null ? "" : " --aim"),
            r.historyPath() == null ? null : r.historyPath().toString(), since());
        findings.add(f);
      }
      add(new Evidence(Technique.STRESS, TestVerdict.REAL, Long.toString(seed), result, done, bound, r.elapsed(), f));
    }
  }

  private static String failingCheckers(IPersistentMap verdict) {
    TreeSet<String> names = new TreeSet<>();
    for (Object o : verdict) {
      MapEntry e = (MapEntry) o;
      if (e.val() instanceof IPersistentMap m && Boolean.FALSE.equals(Verdict.of(m).valid())) {
        names.add(e.key().toString().replaceFirst("^:", ""));
      }
    }
    return names.isEmpty() ? "valid?" : String.join(", ", names);
  }

  private static String faults(FaultPlan plan) {
    if (plan == null || plan.rules().isEmpty()) return "no faults";
    TreeSet<String> actions = new TreeSet<>();
    for (FaultRule r : plan.rules()) actions.add(r.action().keyword().toString().replaceFirst("^:", ""));
    return String.join("+", actions) + " faults";
  }

  private Evidence add(Evidence e) {
    evidence.add(e);
    return e;
  }

  private Duration since() {
    return Duration.ofNanos(clock.getAsLong() - start);
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").trim();
    return line.length() > 160 ? line.substring(0, 157) + "..." : line;
  }

  private static String stamp() {
    return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
  }
}
