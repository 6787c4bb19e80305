package minotaur.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import minotaur.history.BadInput;
import minotaur.test.TestOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minotaur bench checker|detect}: benchmarks in one warm JVM, printed as Markdown tables:
 * the checker's speed ({@link CheckerBench}), and how fast and how reliably each mutant is found
 * ({@link DetectBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Run a benchmark in this JVM and print its table.",
        "checker: the linearizability checker's speed on the shared corpus (--shared).",
        "detect: per mutant, time to detection (median / max over --seeds, and how many",
        "  seeds found it) for exhaustive, pct and stress alone and for 'test' as a whole.",
        "  Each seed that misses costs the whole --budget.",
        "aim: per mutant, stress alone with the workload's fault plan vs aimed at hot points."})
public final class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "BENCHMARK", description = "checker or detect")
  String benchmark;

  @Option(names = "--shared", paramLabel = "DIR", description = "checker: the shared corpus directory (default ../shared).")
  Path shared;

  @Option(names = "--seeds", defaultValue = "10", paramLabel = "N", description = "detect: seeds per technique (default ${DEFAULT-VALUE}).")
  int seeds;

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
    String name = Names.require("benchmark", benchmark, List.of("checker", "detect", "aim"), "bench --help");
    if (!name.equals("checker")) return detect(name.equals("aim"));
    Path dir = shared != null ? shared : Path.of(System.getProperty("minotaur.shared", "../shared"));
    new CheckerBench(dir, System.out).run();
    return Exit.HOLDS;
  }

  private int detect(boolean aim) {
    if (seeds < 1) throw new BadInput("--seeds must be at least 1, got " + seeds);
    if (giveUp < 0) throw new BadInput("--give-up must be 0 or more, got " + giveUp);
    if (budget.isZero() || budget.isNegative()) throw new BadInput("--budget must be positive, got " + budget);
    VariantSelection selection = VariantSelection.of(
        family.equals("all") ? Families.all() : List.of(Families.named(family)), variant, models.names());
    if (selection.skipped() != null) System.err.println("minotaur: " + selection.skipped());
    TestOptions options = TestOptions.defaults().withBudget(budget).withModels(models.get()).withSeed(seed.orElse(1));
    if (aim) new AimBench(selection, options, seeds, System.out, System.err).run();
    else new DetectBench(selection, options, seeds, giveUp, System.out, System.err).run();
    return Exit.HOLDS;
  }
}
