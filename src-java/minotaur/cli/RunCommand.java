package minotaur.cli;

import minotaur.history.BadInput;
import clojure.lang.Keyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minotaur.family.Family;
import minotaur.fault.FaultPlan;
import minotaur.history.Edn;
import minotaur.history.History;
import minotaur.report.HtmlReport;
import minotaur.report.IndexPage;
import minotaur.run.RunOptions;
import minotaur.run.RunResult;
import minotaur.run.Runner;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;
import minotaur.test.AimedPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minotaur run}: runs workloads, writes their histories, prints the verdicts. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Runs workloads against primitives, records each history to",
        "histories/runs/<workload>-<variant>-<seed>-<timestamp>.edn (+ .result.edn) and checks it.",
        "Several workloads (or 'all') run one after another and end with an index page.",
        "Exit: 0 holds, 1 violation, 2 unknown, 3 bad input (the worst over all runs)."})
public final class RunCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "WORKLOAD", description = "Workload names, or 'all' (see --list).")
  List<String> workloads = new ArrayList<>();

  @Option(names = "--list", description = "List the workloads and their variants, then exit.")
  boolean list;

  @Option(names = "--list-options", description = "List the -D options of the workloads named (default: all), then exit.")
  boolean listOptions;

  @Option(names = "--variant", description = "Variant of the primitive (case-insensitive); default: the workload's.")
  String variant;

  @Option(names = "--threads", defaultValue = "4", description = "Client threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Mixin SeedOption seed;

  @Option(names = "--ops", description = "Client ops to run (default 1000 unless --time-limit is given).")
  Long ops;

  @Option(names = "--time-limit", converter = DurationConverter.class, description = "Stop generating after this long, e.g. 10s.")
  Duration timeLimit;

  @Option(names = "--op-timeout", defaultValue = "5s", converter = DurationConverter.class,
      description = "Watchdog: an op running longer is recorded as :info :timeout (default ${DEFAULT-VALUE}).")
  Duration opTimeout;

  @Option(names = "--quiesce", defaultValue = "500ms", converter = DurationConverter.class,
      description = "How long quiescence waits for in-flight ops (default ${DEFAULT-VALUE}).")
  Duration quiesce;

  @Option(names = "--keep-going", description = {"Go on after a certain hang (every thread that could act blocked in an OS wait",
      "nobody can release): its ops are given up on at once. Default: stop generating there and judge the run."})
  boolean keepGoing;

  @Option(names = "--faults", paramLabel = "PLAN.edn",
      description = "Fault plan (EDN) replacing the workload's; its :seed is replaced by the run's.")
  Path faults;

  @Option(names = "--aim", description = {"Aim the fault plan's delays (the workload's, or --faults') at the hot points of",
      "the variant's scenarios: where a delay opens a race window (as test's stress runs do)."})
  boolean aim;

  @Option(names = "--print-faults", description = "Print each workload's fault plan as EDN (to copy into a --faults file), then exit.")
  boolean printFaults;

  @Option(names = "--html", description = "Also write each history's HTML report next to it (<history>.html).")
  boolean html;

  @Option(names = {"-o", "--out"}, defaultValue = "histories/runs", paramLabel = "DIR", preprocessor = OldOptionSpelling.class,
      description = "Directory for the histories (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--edn", description = "Also print each run's whole result map (as in its .result.edn) to stdout.")
  boolean edn;

  @Option(names = {"-D", "--option"}, paramLabel = "KEY=VALUE",
      description = {"A workload-specific option, e.g. -D spin-count=1; durations take their unit, e.g. -D delay=50us.",
          "A key the workload does not know is an error (--list-options shows the known ones)."})
  Map<String, String> extra = new LinkedHashMap<>();

  /**
   * {@code -o KEY=VALUE}, run's spelling of {@code --option} before {@code -o} meant {@code --out}
   * on every command: still a workload option for one release, with a deprecation line. Until
   * then a {@code -o}/{@code --out} value shaped {@code key=value} is read as that old spelling,
   * never as a directory.
   */
  static final class OldOptionSpelling implements IParameterPreprocessor {
    private static final Pattern KEY_VALUE = Pattern.compile("([a-z][a-z0-9-]*)=(.*)");

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec arg, Map<String, Object> info) {
      Matcher m = args.isEmpty() ? null : KEY_VALUE.matcher(args.peek());
      if (m == null || !m.matches()) return false;
      args.pop();
      ((RunCommand) spec.userObject()).extra.put(m.group(1), m.group(2));
      Families.deprecated("-o " + m.group(0), "-D " + m.group(0));
      return true;
    }
  }

  @Override
  public Integer call() {
    if (list) {
      printList();
      return Exit.HOLDS;
    }
    if (listOptions) {
      printOptions();
      return Exit.HOLDS;
    }
    if (workloads.isEmpty()) throw new BadInput("missing WORKLOAD (see 'minotaur run --list')");
    if (threads < 1) throw new BadInput("--threads must be at least 1, got " + threads);
    if (ops != null && ops < 1) throw new BadInput("--ops must be at least 1, got " + ops);
    long s = seed.orRandom();
    FaultPlan plan = faults == null ? null : FaultPlan.load(faults);
    List<Workload> ws = new ArrayList<>();
    for (String name : names()) {
      Workload w;
      String prefix = names().size() > 1 ? name + ": " : "";
      if (variant != null && !Workloads.variants(name).isEmpty()
          && !Names.isKnown(variant, Workloads.variants(name))) {
        throw new BadInput(prefix + BadInput.unknownName("variant", variant, Workloads.variants(name),
            "run --list").getMessage());
      }
      try {
        w = Workloads.create(name, new WorkloadOptions(variant, threads, s, extra));
      } catch (BadInput e) {
        throw new BadInput(prefix + e.getMessage());
      } catch (IllegalArgumentException e) {
        // aio still refuses too few threads, and a fault plan a bad delay, this way.
        throw new BadInput(prefix + e.getMessage());
      }
      if (plan != null) w = w.withFaults(plan);
      ws.add(aim ? aimed(name, w) : w);
    }
    if (printFaults) {
      for (Workload w : ws) System.out.println(faultsEdn(w, s));
      return Exit.HOLDS;
    }
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    long n = ops != null ? ops : timeLimit != null ? 0 : 1000;
    List<RunResult> results = new ArrayList<>();
    List<IndexPage.Entry> entries = new ArrayList<>();
    int exit = Exit.HOLDS;
    for (Workload w : ws) {
      Path history = out.resolve(w.name() + "-" + w.variant() + "-" + s + "-" + stamp + ".edn");
      RunOptions options = new RunOptions(threads, s, n, timeLimit, opTimeout, quiesce, history, true, keepGoing);
      RunResult r = Runner.run(w, options);
      results.add(r);
      if (edn) System.out.println(Edn.print(r.toEdn()));
      System.out.println(r.summary());
      for (String line : RunVerdict.explain(r)) System.out.println("  " + line);
      System.out.println("  result " + Runner.resultPath(history));
      Path report = html ? writeReport(r) : null;
      if (report != null) System.out.println("  report " + report);
      entries.add(new IndexPage.Entry(w.name() + " " + w.variant(), history, Runner.resultPath(history), report,
          r.valid(), s, r.elapsed(), r.toEdn().valAt(Keyword.intern("ops")) + " ops"));
      exit = Exit.worst(exit, Exit.of(r.valid()));
    }
    if (results.size() > 1) {
      Path index = out.resolve("index-" + stamp + ".html");
      writeIndex(index, entries);
      for (RunResult r : results) System.out.println(r.summary());
      System.out.println("index " + index);
    }
    return exit;
  }

  /** {@code w} with its delays aimed at its variant's hot points; as it was (and says so) when none. */
  private static Workload aimed(String name, Workload w) {
    Family family = Families.named(name);
    AimedPlan aimed = AimedPlan.derive(family, family.variant(w.variant()), w.faultPlan());
    if (aimed == null) {
      System.err.println("minotaur: " + name + " " + w.variant() + ": no hot point to aim at; the plan stays as it is");
      return w;
    }
    return w.withFaults(aimed.plan());
  }

  /** The HTML report of a run, next to its history: {@code x.edn} → {@code x.html}. */
  private static Path writeReport(RunResult r) {
    Path history = r.historyPath();
    String name = history.getFileName().toString();
    Path report = history.resolveSibling(name.substring(0, name.length() - ".edn".length()) + ".html");
    HtmlReport.write(report, History.of(history.toString(), r.history()), r.toEdn(),
        HtmlReport.Options.titled(r.context().workload() + " " + r.context().variant() + " seed " + r.context().seed()));
    return report;
  }

  private void writeIndex(Path index, List<IndexPage.Entry> entries) {
    try {
      Files.createDirectories(out);
      Files.writeString(index, IndexPage.render(out, entries), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + index, e);
    }
  }

  /** The workloads named, as the registry spells them; 'all' means every one. */
  private List<String> names() {
    List<String> all = new ArrayList<>();
    Workloads.names().forEach(all::add);
    if (workloads.contains("all")) return all;
    // The family registry resolves old names and answers an unknown one with the closest few.
    return workloads;
  }

  private static String faultsEdn(Workload w, long seed) {
    String head = ";; " + w.name() + " " + w.variant() + "\n";
    if (w.faultPlan() != null) return head + w.faultPlan().withSeed(seed).toEdn();
    return head + ";; no faults";
  }

  /** Each workload named (all if none is) and its -D options, one line each with its default. */
  private void printOptions() {
    List<String> named = workloads.isEmpty() ? Workloads.names() : names();
    for (String name : named) {
      Family family = Families.named(name);
      System.out.println(family.name());
      if (family.workloadOptions().isEmpty()) System.out.println("  (no -D options)");
      for (WorkloadOption o : family.workloadOptions()) System.out.println("  " + o.describe());
    }
  }

  /** One line per workload: its name and variants, the default first. */
  private void printList() {
    for (String name : Workloads.names()) {
      String dflt;
      try {
        dflt = Workloads.create(name, WorkloadOptions.of(null, threads, 0)).variant();
      } catch (RuntimeException e) {
        dflt = null;
      }
      List<String> vs = new ArrayList<>();
      if (dflt != null) vs.add(dflt + " (default)");
      for (String v : Workloads.variants(name)) {
        if (!v.equals(dflt)) vs.add(v);
      }
      System.out.println(name + "  --variant " + String.join(", ", vs));
    }
  }
}
