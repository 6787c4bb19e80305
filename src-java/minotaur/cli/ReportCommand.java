package minotaur.cli;

import minotaur.history.BadInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import minotaur.history.Edn;
import minotaur.history.History;
import minotaur.history.HistoryReader;
import minotaur.history.Op;
import minotaur.model.Model;
import minotaur.report.Explanation;
import minotaur.report.HtmlReport;
import minotaur.report.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
  /** A report is for reading: a history too hard to check in this long is shown unchecked-to-the-end. */
  static final java.time.Duration DEFAULT_TIME_LIMIT = java.time.Duration.ofSeconds(60);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "HISTORY", description = "A Jepsen EDN history file.")
  Path history;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "The HTML file to write (default: HISTORY with .html).")
  Path output;

  @Option(names = "--output", hidden = true, paramLabel = "FILE")
  void output(Path file) {
    output = file;
  }

  @Option(names = "--result", paramLabel = "RESULT.edn", description = "A checker result map (Knossos-shaped EDN) to explain.")
  Path result;

  @Mixin ModelOptions model;

  @Mixin CheckLimits limits;

  @Option(names = "--from", paramLabel = "BOUND",
      description = "First op to include: an index (e.g. 120) or a time since the first event (e.g. 250ms), as inspect's.")
  String from;

  @Option(names = "--to", paramLabel = "BOUND", description = "Last op to include: an index or a time.")
  String to;

  @Option(names = "--max-ops", paramLabel = "N", defaultValue = "100000",
      description = "Embed at most N ops, around the failing op (default ${DEFAULT-VALUE}).")
  int maxOps;

  @Option(names = "--title", paramLabel = "TEXT", description = "Page title (default: the history's file name).")
  String title;

  @Option(names = "--lenient", description = "Drop a truncated last line (a killed run's) with a warning instead of failing.")
  boolean lenient;

  @Override
  public Integer call() {
    if (model.given() && result != null) throw new BadInput("give --model or --result, not both");
    if (maxOps < 0) throw new BadInput("--max-ops must be at least 0, got " + maxOps);
    Model initial = model.given() ? model.initialModel() : null;
    HistoryReader reader = HistoryReader.open(history);
    Map<Long, Integer> lines = new HashMap<>();
    History h = Checking.load(lenient ? reader.lenient() : reader, lines);
    PrintWriter out = spec.commandLine().getOut();
    for (String w : h.warnings()) out.println("warning: " + w);
    Object res = result != null ? Edn.readFile(result)
        : initial != null ? Checking.check(h.source(), h.ops(), lines, initial, limits.options(DEFAULT_TIME_LIMIT)).toEdn() : null;
    Path file = output != null ? output : defaultOutput();
    String name = title != null ? title : history.getFileName().toString();
    HtmlReport.Options options = HtmlReport.Options.titled(name)
        .withRange(position(h, InspectCommand.bound(from, "--from"), true),
            position(h, InspectCommand.bound(to, "--to"), false))
        .withMaxBars(maxOps);
    HtmlReport.write(file, h, res, options);
    Explanation ex = Explanation.of(res, h);
    out.println(file + " (" + ex.verdict() + ")");
    out.flush();
    return res == null ? Exit.HOLDS : Exit.of(ex.valid());
  }

  /**
   * The position where {@code bound} starts ({@code first}) or ends the range: the first op at or
   * after it, or the last op at or before it; -1 for no bound. Indexes and times only grow along a
   * history, so the first op past an end bound ends the search.
   */
  private static long position(History h, Selection.Bound bound, boolean first) {
    if (bound == null) return -1;
    long zero = Op.ABSENT;
    long last = -1;
    for (int p = 0; p < h.size(); p++) {
      Op op = h.get(p);
      if (zero == Op.ABSENT) zero = op.time();
      long at = bound.isTime() ? (op.time() == Op.ABSENT || zero == Op.ABSENT ? Op.ABSENT : op.time() - zero) : op.index();
      if (at == Op.ABSENT) continue;
      if (first && at >= bound.value()) return p;
      if (!first && at > bound.value()) break;
      last = p;
    }
    if (first) return h.size();
    if (last < 0) throw new BadInput("no op of the history is at or before --to " + bound);
    return last;
  }

  private Path defaultOutput() {
    String name = history.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return history.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".html");
  }
}
