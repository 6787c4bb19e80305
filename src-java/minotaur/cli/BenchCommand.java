package minotaur.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import minotaur.explore.scenario.Scenario;
import minotaur.history.BadInput;
import minotaur.test.TestOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minotaur bench checker|detect|explore}: benchmarks in one warm JVM, printed as Markdown
 * tables: the checker's speed ({@link CheckerBench}), how fast and how reliably each mutant is
 * found ({@link DetectBench}), and the execution-graph explorer's speed ({@link GraphBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Run a benchmark in this JVM and print its table.",
        "checker: the linearizability checker's speed on the shared corpus (--shared).",
        "detect: per mutant, time to detection (median / max over --seeds, and how many",
        "  seeds found it) for exhaustive, pct and stress alone and for 'test' as a whole.",
        "  Each seed that misses costs the whole --budget.",
        "explore: the execution-graph explorer's graphs, duplicates and speed per memory model on",
        "  the litmus shapes (with --seeds also every 2-thread scenario of the seed variants),",
        "  against the interleaving explorer's schedules under sc and tso; exit 1 on a duplicate.",
        "aim: per mutant, stress alone with the workload's fault plan vs aimed at hot points."})
public final class BenchCommand implements Callable<Integer> {
  private static final int DETECT_SEEDS = 10;

  @Parameters(index = "0", paramLabel = "BENCHMARK", description = "checker, detect, explore or aim")
  String benchmark;

  @Option(names = "--shared", paramLabel = "DIR", description = "checker: the shared corpus directory (default ../shared).")
  Path shared;

  /** detect: the seeds per technique; explore: given without a value, also the seed scenarios. */
  @Option(names = "--seeds", arity = "0..1", fallbackValue = "0", paramLabel = "N",
      description = "detect: seeds per technique (default 10). explore: with no value, also every 2-thread scenario of the seed variants.")
  Integer seeds;

  @Option(names = "--repetitions", defaultValue = "3", paramLabel = "N",
      description = "explore: the best of N explorations is timed (default ${DEFAULT-VALUE}).")
  int repetitions;

  @Option(names = "--family", defaultValue = "all", paramLabel = "F", description = "detect: a family, or 'all' (default).")
  String family;

  @Option(names = "--variant", defaultValue = VariantSelection.MUTANTS, paramLabel = "V",
      description = "detect: a variant, 'mutants' (default: declared violated under the models), 'correct' or 'all'.")
  String variant;

  @Option(names = "--budget", defaultValue = "10s", converter = DurationConverter.class,
      description = "detect: the budget of each check, as test's --budget (default ${DEFAULT-VALUE}).")
  Duration budget;

  @Option(names = "--give-up", defaultValue = "3", paramLabel = "N",
      description = "detect: a technique alone that misses on its first N seeds skips the rest (0: never; default ${DEFAULT-VALUE}).")
  int giveUp;

  @Mixin MemoryModelOption.Several models;

  @Mixin SeedOption seed;

  @Override
  public Integer call() {
    String name = Names.require("benchmark", benchmark, List.of("checker", "detect", "explore", "aim"),
        "bench --help");
    if (name.equals("detect") || name.equals("aim")) return detect(name.equals("aim"));
    if (name.equals("explore")) return explore();
    Path dir = shared != null ? shared : Path.of(System.getProperty("minotaur.shared", "../shared"));
    new CheckerBench(dir, System.out).run();
    return Exit.HOLDS;
  }

  private int explore() {
    if (seeds != null && seeds != 0) throw new BadInput("explore: --seeds takes no value, got " + seeds);
    if (repetitions < 1) throw new BadInput("--repetitions must be at least 1, got " + repetitions);
    List<Scenario> scenarios = new ArrayList<>(GraphBench.litmusShapes());
    if (seeds != null) scenarios.addAll(GraphBench.seedScenarios());
    List<GraphBench.Row> rows = new GraphBench(scenarios, models.get(), repetitions, System.out, System.err).run();
    return rows.stream().anyMatch(r -> r.duplicates() > 0) ? Exit.VIOLATION : Exit.HOLDS;
  }

  private int detect(boolean aim) {
    int perTechnique = seeds == null ? DETECT_SEEDS : seeds;
    if (perTechnique < 1) throw new BadInput("--seeds must be at least 1, got " + perTechnique);
    if (giveUp < 0) throw new BadInput("--give-up must be 0 or more, got " + giveUp);
    if (budget.isZero() || budget.isNegative()) throw new BadInput("--budget must be positive, got " + budget);
    VariantSelection selection = VariantSelection.of(
        family.equals("all") ? Families.all() : List.of(Families.named(family)), variant, models.names());
    if (selection.skipped() != null) System.err.println("minotaur: " + selection.skipped());
    TestOptions options = TestOptions.defaults().withBudget(budget).withModels(models.get()).withSeed(seed.orElse(1));
    if (aim) new AimBench(selection, options, perTechnique, System.out, System.err).run();
    else new DetectBench(selection, options, perTechnique, giveUp, System.out, System.err).run();
    return Exit.HOLDS;
  }
}
