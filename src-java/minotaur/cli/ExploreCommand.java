package minotaur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import minotaur.explore.Confirmation;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.ReplayToken;
import minotaur.explore.litmus.LitmusSuite;
import minotaur.explore.scenario.Scenario;
import minotaur.fault.FaultPlan;
import minotaur.history.BadInput;
import minotaur.history.Op;
import minotaur.history.Recorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minotaur explore}: explores a scenario's schedules deterministically under SC or TSO. */
@Command(name = "explore", mixinStandardHelpOptions = true,
    description = {"Explores the schedules of a small scenario (2-4 threads) deterministically:",
        "exhaustive DFS with sleep-set reduction (or a preemption bound), or seeded PCT random runs,",
        "under sequential consistency or x86-TSO store buffers. A failure prints the schedule as a",
        "trace, a replay token and the path of its EDN history. --list names the scenarios.",
        "Progress (schedules, depth, an estimate of the share explored) goes to stderr.",
        "Exit: 0 pass within the stated bound, 1 failure found, 2 inconclusive (a run hit the depth",
        "bound, or the schedule or time limit was reached), 3 bad input.",
        "--confirm [M] replays a failure M times (default 20) on real threads under an ordering plan",
        "derived from its schedule: exit 1 confirmed on the JVM, 2 not; the plan is written next to",
        "the history (histories/runs, or --out) and reruns with --confirm M --plan FILE.",
        "--litmus FILE|DIR answers herd7 C litmus files instead (docs/litmus.md): exit 0 answered,",
        "1 an answer differs from the directory's EXPECTED.tsv, 2 a bound was hit, 3 bad litmus input."})
public final class ExploreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "A scenario name (see --list).")
  String scenario;

  @Option(names = "--litmus", paramLabel = "FILE|DIR",
      description = "Answer a herd7 C litmus file, or every .litmus file of a directory, herd7-style.")
  Path litmus;

  @Option(names = "--list", description = "List the scenarios and exit.")
  boolean list;

  @Mixin MemoryModelOption memoryModel;

  @Option(names = "--engine", defaultValue = "interleaving", paramLabel = "interleaving|graph",
      description = "Explore schedules of steps or execution graphs (default ${DEFAULT-VALUE}; ra and rc11: graph).")
  String engine;

  @Option(names = "--bound", paramLabel = "N",
      description = "Preemption bound (default: none, exhaustive with sleep-set reduction).")
  Integer bound;

  @Option(names = "--max-steps", defaultValue = "" + ExploreOptions.DEFAULT_MAX_STEPS, paramLabel = "N",
      description = "Depth bound: steps per run; a run cut there makes the result inconclusive (default ${DEFAULT-VALUE}).")
  int maxSteps;

  @Option(names = "--max-schedules", defaultValue = "" + ExploreOptions.DEFAULT_MAX_SCHEDULES, paramLabel = "N",
      description = "Stop (inconclusive) after this many schedules (default ${DEFAULT-VALUE}).")
  long maxSchedules;

  @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Stop (inconclusive, saying how far it got) after this long, e.g. 30s.")
  java.time.Duration timeLimit;

  @Option(names = "--random", paramLabel = "N", description = "Run N seeded PCT random schedules instead of DFS.")
  Integer random;

  @Mixin SeedOption seed;

  @Option(names = "--pct-depth", defaultValue = "" + ExploreOptions.DEFAULT_PCT_DEPTH, paramLabel = "D",
      description = "PCT bug depth: priority change points + 1 (default ${DEFAULT-VALUE}).")
  int pctDepth;

  @Option(names = "--spurious", description = "Let condvar, futex and Xen poll waits wake spuriously.")
  boolean spurious;

  @Option(names = "--replay", paramLabel = "TOKEN", description = "Replay one schedule from a failure's token, with its trace.")
  String replay;

  @Option(names = {"-o", "--out"}, defaultValue = "histories/runs/explore", paramLabel = "DIR",
      description = "Directory for a failing schedule's history (default ${DEFAULT-VALUE}; "
          + "with --confirm: histories/runs).")
  Path out;

  @Option(names = "--confirm", arity = "0..1", fallbackValue = "" + Confirmation.DEFAULT_ATTEMPTS, paramLabel = "M",
      description = "Confirm a failure on real threads: M attempts (default " + Confirmation.DEFAULT_ATTEMPTS
          + ") under an ordering plan derived from its schedule.")
  Integer confirm;

  @Option(names = "--plan", paramLabel = "FILE",
      description = "With --confirm: run SCENARIO on real threads under this fault plan instead of exploring.")
  Path plan;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    if (list) {
      for (Scenario s : Scenarios.all()) w.printf("%-40s %s%n", s.name(), s.description());
      w.flush();
      return Exit.HOLDS;
    }
    if (confirm != null && confirm < 1) throw new BadInput("--confirm must be at least 1, got " + confirm);
    if (plan != null) return rerun(w);
    ExploreResult result;
    try {
      if (litmus != null) {
        if (scenario != null || replay != null) throw new BadInput("--litmus takes no SCENARIO or --replay");
        return Exit.of(LitmusSuite.run(litmus, options(), w));
      }
      if (replay != null) {
        ReplayToken token = ReplayToken.parse(replay);
        if (scenario != null && !scenario.equals(token.scenario())) {
          throw new BadInput("replay token is for scenario " + token.scenario() + ", not " + scenario);
        }
        result = Explorer.replay(scenarioNamed(token.scenario()), token);
      } else {
        if (scenario == null) throw new BadInput("missing SCENARIO (see --list)");
        result = Explorer.explore(scenarioNamed(scenario), options());
      }
    } catch (IllegalArgumentException e) {
      // The explorer still refuses a token that does not fit its scenario, or an engine and
      // option mix it cannot run, with IllegalArgumentException: user input all the same.
      throw new BadInput(e.getMessage());
    }
    if (result.failure() != null) {
      w.print(result.failure().report());
      w.println("history " + writeHistory(result));
    }
    if (result.race() != null) w.print(result.race().report());
    w.println(result.summaryWithRace());
    if (confirm != null && result.failure() != null) {
      Confirmation.Result c = Confirmation.confirm(scenarioNamed(result.scenario()), result, confirm, confirmOut());
      w.println(c.line());
      w.flush();
      return c.isConfirmed() ? Exit.VIOLATION : Exit.UNKNOWN;
    }
    w.flush();
    return Exit.of(result.verdict());
  }

  /** {@code --confirm M --plan FILE}: the scenario on real threads under a kept plan. */
  private int rerun(PrintWriter w) {
    if (confirm == null) throw new BadInput("--plan needs --confirm [M]");
    if (scenario == null || replay != null || litmus != null) {
      throw new BadInput("--plan takes a SCENARIO and no --replay or --litmus");
    }
    Confirmation.Result c = Confirmation.rerun(scenarioNamed(scenario), FaultPlan.load(plan), confirm, confirmOut());
    w.println(c.line());
    w.flush();
    return c.isConfirmed() ? Exit.VIOLATION : Exit.HOLDS;
  }

  /** Confirmation files go to histories/runs, as real runs' do, unless --out says otherwise. */
  private Path confirmOut() {
    return spec.commandLine().getParseResult().hasMatchedOption("--out") ? out : Path.of("histories", "runs");
  }

  private ExploreOptions options() {
    if (bound != null && bound < 0) throw new BadInput("--bound must be at least 0, got " + bound);
    if (random != null && random < 1) throw new BadInput("--random must be at least 1, got " + random);
    if (maxSteps < 1) throw new BadInput("--max-steps must be at least 1, got " + maxSteps);
    if (maxSchedules < 1) throw new BadInput("--max-schedules must be at least 1, got " + maxSchedules);
    if (pctDepth < 1) throw new BadInput("--pct-depth must be at least 1, got " + pctDepth);
    if (timeLimit != null && timeLimit.isZero()) throw new BadInput("--time-limit must be positive, got 0");
    ExploreOptions o = ExploreOptions.defaults()
        .withModel(memoryModel.get())
        .withEngine(minotaur.explore.Engine.parse(engine))
        .withMaxSteps(maxSteps)
        .withMaxSchedules(maxSchedules)
        .withPctDepth(pctDepth)
        .withSpuriousWakeups(spurious)
        .withTimeLimit(timeLimit)
        .withProgress(true);
    if (bound != null) o = o.withPreemptionBound(bound);
    if (random != null) o = o.withRandom(random, seed.orElse(0));
    return o;
  }

  /** The scenario {@code name}; an unknown one names the closest few, not all of them. */
  private static Scenario scenarioNamed(String name) {
    return Scenarios.named(Names.require("scenario", name,
        Scenarios.all().stream().map(Scenario::name).toList(), "explore --list"));
  }

  private Path writeHistory(ExploreResult result) {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    String base = result.scenario().replaceAll("[^A-Za-z0-9+_-]", "_") + "-" + result.model().cliName();
    Path path = out.resolve(base + "-" + stamp + ".edn");
    try (Recorder recorder = Recorder.toFile(path)) {
      for (Op op : result.failure().history()) recorder.record(op);
    }
    return path;
  }
}
