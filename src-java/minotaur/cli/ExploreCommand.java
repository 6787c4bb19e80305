package minotaur.cli;

import minotaur.history.BadInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.ReplayToken;
import minotaur.explore.Scenario;
import minotaur.history.Op;
import minotaur.history.Recorder;
import picocli.CommandLine.Command;
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
        "bound, or the schedule or time limit was reached), 3 bad input."})
public final class ExploreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "A scenario name (see --list).")
  String scenario;

  @Option(names = "--list", description = "List the scenarios and exit.")
  boolean list;

  @Option(names = "--memory-model", defaultValue = "sc", paramLabel = "sc|tso|ra|rc11",
      description = "Memory model (default ${DEFAULT-VALUE}); ra and rc11 explore execution graphs (docs/memory-models.md).")
  String memoryModel;

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

  @Option(names = "--time-limit", paramLabel = "DURATION", converter = RunCommand.DurationConverter.class,
      description = "Stop (inconclusive, saying how far it got) after this long, e.g. 30s.")
  java.time.Duration timeLimit;

  @Option(names = "--random", paramLabel = "N", description = "Run N seeded PCT random schedules instead of DFS.")
  Integer random;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of --random (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--pct-depth", defaultValue = "" + ExploreOptions.DEFAULT_PCT_DEPTH, paramLabel = "D",
      description = "PCT bug depth: priority change points + 1 (default ${DEFAULT-VALUE}).")
  int pctDepth;

  @Option(names = "--spurious", description = "Let condvar, futex and Xen poll waits wake spuriously.")
  boolean spurious;

  @Option(names = "--replay", paramLabel = "TOKEN", description = "Replay one schedule from a failure's token, with its trace.")
  String replay;

  @Option(names = "--out", defaultValue = "histories/explore", paramLabel = "DIR",
      description = "Directory for a failing schedule's history (default ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    if (list) {
      for (Scenario s : Scenarios.all()) w.printf("%-40s %s%n", s.name(), s.description());
      w.flush();
      return Exit.HOLDS;
    }
    ExploreResult result;
    try {
      if (replay != null) {
        ReplayToken token = ReplayToken.parse(replay);
        if (scenario != null && !scenario.equals(token.scenario())) {
          throw new BadInput("replay token is for scenario " + token.scenario() + ", not " + scenario);
        }
        result = Explorer.replay(Scenarios.named(token.scenario()), token);
      } else {
        if (scenario == null) throw new BadInput("missing SCENARIO (see --list)");
        result = Explorer.explore(Scenarios.named(scenario), options());
      }
    } catch (IllegalArgumentException e) {
      throw new BadInput(e.getMessage());
    }
    if (result.failure() != null) {
      w.print(result.failure().report());
      w.println("history " + writeHistory(result));
    }
    if (result.race() != null) w.print(result.race().report());
    w.println(result.summaryWithRace());
    w.flush();
    return Exit.of(result.verdict());
  }

  private ExploreOptions options() {
    if (bound != null && bound < 0) throw new BadInput("--bound must be at least 0, got " + bound);
    if (random != null && random < 1) throw new BadInput("--random must be at least 1, got " + random);
    ExploreOptions o = ExploreOptions.defaults()
        .withModel(MemoryModel.parse(memoryModel))
        .withEngine(minotaur.explore.Engine.parse(engine))
        .withMaxSteps(maxSteps)
        .withMaxSchedules(maxSchedules)
        .withPctDepth(pctDepth)
        .withSpuriousWakeups(spurious)
        .withTimeLimit(timeLimit)
        .withProgress(true);
    if (bound != null) o = o.withPreemptionBound(bound);
    if (random != null) o = o.withRandom(random, seed);
    return o;
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
