package minotaur.cli;

import clojure.lang.Keyword;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import minotaur.history.BadInput;
import minotaur.report.Inspection;
import minotaur.report.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minotaur inspect HISTORY}: summary and text timeline of a history file. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = {"Summarise a history (ops per process and per :f, outcomes, time span, concurrency), "
        + "then print a text timeline of the selected events.",
        "Lanes: ┌ invoke, │ in progress, └ ok, × fail, ? info, * standalone event."})
public final class InspectCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "HISTORY", description = "A Jepsen EDN history file.")
  Path history;

  @Option(names = "--process", split = ",", paramLabel = "P",
      description = "Only these processes (integers, or nemesis); repeatable or comma-separated.")
  List<String> processes;

  @Option(names = "--f", split = ",", paramLabel = "F", description = "Only these functions (e.g. read,write).")
  List<String> fs;

  @Option(names = "--from", paramLabel = "BOUND", description = "First index (e.g. 120) or time since the first event (e.g. 250ms).")
  String from;

  @Option(names = "--to", paramLabel = "BOUND", description = "Last index or time to show.")
  String to;

  @Option(names = "--around", paramLabel = "INDEX", description = "Only the ops concurrent with the op at this :index.")
  Long around;

  @Option(names = "--limit", defaultValue = "1000", paramLabel = "N", description = "Print at most N events (0: all; default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--summary-only", description = "Print only the summary.")
  boolean summaryOnly;

  @Option(names = "--compare", paramLabel = "OTHER",
      description = "Compare this history's summary with OTHER's (e.g. a SEED run with a FIXED run).")
  Path compare;

  @Option(names = "--lenient", description = "Drop a truncated last line (a killed run's) with a warning instead of failing.")
  boolean lenient;

  @Override
  public Integer call() {
    Selection selection = new Selection(processSet(), fSet(), bound(from, "--from"), bound(to, "--to"),
        around == null ? -1 : around, limit);
    PrintWriter out = spec.commandLine().getOut();
    if (compare != null) {
      new Inspection(history, lenient).compare(out, new Inspection(compare, lenient));
    } else {
      new Inspection(history, lenient).print(out, selection, summaryOnly);
    }
    out.flush();
    return Exit.HOLDS;
  }

  private Set<Object> processSet() {
    if (processes == null) return null;
    Set<Object> out = new LinkedHashSet<>();
    for (String p : processes) {
      String s = p.strip();
      try {
        out.add(Integer.parseInt(s));
      } catch (NumberFormatException e) {
        out.add(Keyword.intern(s.startsWith(":") ? s.substring(1) : s));
      }
    }
    return out;
  }

  private Set<Keyword> fSet() {
    if (fs == null) return null;
    Set<Keyword> out = new LinkedHashSet<>();
    for (String f : fs) {
      String s = f.strip();
      out.add(Keyword.intern(s.startsWith(":") ? s.substring(1) : s));
    }
    return out;
  }

  static Selection.Bound bound(String text, String option) {
    if (text == null) return null;
    try {
      return Selection.Bound.parse(text);
    } catch (BadInput e) {
      throw new BadInput(option + ": " + e.getMessage());
    }
  }
}
