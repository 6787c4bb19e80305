package minotaur.cli;

import minotaur.history.BadInput;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minotaur bench checker}: benchmarks in one warm JVM, printed as Markdown tables. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Run a benchmark in this JVM and print its table.", "Benchmarks: checker."})
public final class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "BENCHMARK", description = "checker")
  String benchmark;

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared corpus directory (default ../shared).")
  Path shared;

  @Override
  public Integer call() {
    if (!benchmark.equalsIgnoreCase("checker")) {
      throw new BadInput("unknown benchmark '" + benchmark + "' (known: checker)");
    }
    Path dir = shared != null ? shared : Path.of(System.getProperty("minotaur.shared", "../shared"));
    new CheckerBench(dir, System.out).run();
    return Exit.HOLDS;
  }
}
