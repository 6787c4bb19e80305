package minotaur.cli;

import minotaur.history.BadInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import minotaur.history.Edn;
import minotaur.history.History;
import minotaur.report.Explanation;
import minotaur.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minotaur report HISTORY -o report.html}: a self-contained HTML timeline of a history. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write a self-contained HTML report of a history: an SVG timeline (a lane per process, "
        + "ops coloured by outcome) with the op that could not be linearized, the ops concurrent with it "
        + "and the checker's explanation.",
        "Exit code: that of the result's :valid? (0 valid or no result, 1 invalid, 2 unknown), 3 bad input."})
public final class ReportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "HISTORY", description = "A Jepsen EDN history file.")
  Path history;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The HTML file to write (default: HISTORY with .html).")
  Path output;

  @Option(names = "--result", paramLabel = "RESULT.edn", description = "A checker result map (Knossos-shaped EDN) to explain.")
  Path result;

  @Option(names = "--model", paramLabel = "M", description = "Check the history against this model first (e.g. cas-register).")
  String model;

  @Option(names = "--initial", paramLabel = "EDN", defaultValue = "0", description = "The model's initial value (EDN; default ${DEFAULT-VALUE}).")
  String initial;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up checking after this many seconds: verdict unknown (default ${DEFAULT-VALUE}).")
  long timeLimit;

  @Option(names = "--from", paramLabel = "POSITION", defaultValue = "-1", description = "First position to include.")
  long from;

  @Option(names = "--to", paramLabel = "POSITION", defaultValue = "-1", description = "Last position to include.")
  long to;

  @Option(names = "--max-ops", paramLabel = "N", defaultValue = "100000",
      description = "Embed at most N ops, around the failing op (default ${DEFAULT-VALUE}).")
  int maxOps;

  @Option(names = "--title", paramLabel = "TEXT", description = "Page title (default: the history's file name).")
  String title;

  @Option(names = "--lenient", description = "Drop a truncated last line (a killed run's) with a warning instead of failing.")
  boolean lenient;

  @Override
  public Integer call() {
    if (model != null && result != null) throw new BadInput("give --model or --result, not both");
    History h = lenient ? History.loadLenient(history) : History.load(history);
    PrintWriter out = spec.commandLine().getOut();
    for (String w : h.warnings()) out.println("warning: " + w);
    Object res = result != null ? Edn.readFile(result) : model != null ? Checking.check(model, initial, h, Duration.ofSeconds(timeLimit)) : null;
    Path file = output != null ? output : defaultOutput();
    String name = title != null ? title : history.getFileName().toString();
    HtmlReport.write(file, h, res, HtmlReport.Options.titled(name).withRange(from, to).withMaxBars(maxOps));
    Explanation ex = Explanation.of(res, h);
    out.println(file + " (" + ex.verdict() + ")");
    out.flush();
    return res == null ? Exit.HOLDS : Exit.of(ex.valid());
  }

  private Path defaultOutput() {
    String name = history.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return history.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".html");
  }
}
