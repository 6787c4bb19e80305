package minotaur.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import minotaur.cli.Main;
import minotaur.explore.ReplayToken;
import minotaur.fault.FaultPlan;
import minotaur.history.BadInput;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import picocli.CommandLine;

/**
 * The other readers on damaged input: fault plans, replay tokens, and the command line itself
 * (random argument vectors to {@link Main}). Each ends in a value (an exit code 0-3 for the CLI)
 * or one line of bad input, never a stack trace, a hang or unbounded allocation ({@link Outcome}).
 */
class InputsFuzzTest {
  static final Pattern PLAN_AT_LINE = Pattern.compile("plan\\.edn(:\\d+)?: ");
  static final Pattern ANY_LINE = Pattern.compile(".");
  static Path dir;
  static Path history;

  @BeforeContainer
  static void files() throws Exception {
    dir = Files.createTempDirectory("minotaur-fuzz");
    history = dir.resolve("h.edn");
    Files.writeString(history, "{:process 0 :type :invoke :f :write :value 1}\n{:process 0 :type :ok :f :write :value 1}\n"
        + "{:process 1 :type :invoke :f :read :value nil}\n{:process 1 :type :ok :f :read :value 0}\n");
  }

  @AfterContainer
  static void clean() throws Exception {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<String> plans() {
    Arbitrary<String> rule = Combinators.combine(
        Arbitraries.of("\"casreg.*\"", "[\"a\" \"b.*\"]", "[]", "\"\"", "1", "[1]"),
        Arbitraries.of("0.5", "1", "0", "-1", "2.0", "1/2", "\"x\"", "1e400", "##NaN"),
        Arbitraries.of(":spin", ":park", ":yield", ":pause", ":spurious-wakeup", ":explode", "spin"),
        Arbitraries.of("", ":duration 1000", ":duration \"5ms\"", ":duration [:uniform 200 2000]",
            ":duration [:exponential 50]", ":duration [:fixed -1]", ":duration [:uniform 9 1]",
            ":duration \"9999999999999h\"", ":duration [:uniform]", ":duration 99999999999999999999"))
        .as((points, p, action, duration) -> "{:points " + points + " :probability " + p + " :action " + action + " " + duration + "}");
    return Texts.mutated(Combinators.combine(Arbitraries.of("", ":seed 7 ", ":seed -1 ", ":seed 1.5 ", ":seed 99999999999999999999 "),
        rule.list().ofMaxSize(4)).as((seed, rules) -> "{" + seed + ":faults [" + String.join("\n ", rules) + "]}\n"));
  }

  @Provide
  Arbitrary<String> tokens() {
    Arbitrary<String> item = Combinators.combine(Arbitraries.of("0", "1", "2", "f0", "f1", "f", "-1", "99", "x", ""),
        Arbitraries.of("", "", "*2", "*0", "*-1", "*2147483647", "*99999999999", "*"))
        .as((a, b) -> a + b);
    return Texts.mutated(Combinators.combine(Arbitraries.of("litmus/sb", "", "no/such", "a:b"),
        Arbitraries.of("sc", "tso", "tso+spurious", "arm", "", "SC"), item.list().ofMaxSize(8))
        .as((s, m, items) -> s + ":" + m + ":" + String.join(".", items)));
  }

  /** Argument vectors: a command, then options of it (or others), values and junk, in any order. */
  @Provide
  Arbitrary<List<String>> argv() {
    Arbitrary<String> token = Arbitraries.of("--model", "cas-register", "register", "timer-list", "casregister", "--init", "0",
        "{:x", "--initial", "--time-limit", "10", "10s", "500ms", "-1s", "99999999999999999h", "--max-configs", "-5",
        "--out", "-o", "--seed", "x", "9999999999999999999999", "--memory-model", "sc", "tso", "arm", "--bound", "-1",
        "--random", "0", "--replay", "litmus/sb:tso:0*2", "litmus/sb:tso:0*99999999", "--variant", "mutnt", "mutant",
        "--threads", "0", "--ops", "--list", "--help", "--version", "--edn", "--knossos", "--process", "--f", "--from",
        "250ms", "--to", "zz", "--around", "--limit", "--result", "--lenient", "--compare", "-", "--", "=", "--model=",
        "--faults", "--print-faults", "\u0000", "é", "");
    Arbitrary<String> command = Arbitraries.of("check", "report", "inspect", "explore", "run", "bench", "nope", "--help", "");
    return Combinators.combine(command, token.list().ofMaxSize(6)).as((c, ts) -> {
      List<String> args = new ArrayList<>();
      if (!c.isEmpty()) args.add(c);
      for (String t : ts) args.add(t.equals("h.edn") ? history.toString() : t);
      return args;
    });
  }

  @Property(tries = 1500)
  void faultPlans(@ForAll("plans") String text) {
    Outcome.of("FaultPlan.parse", text, () -> FaultPlan.parse(text, "plan.edn"), PLAN_AT_LINE);
  }

  @Property(tries = 1000)
  void replayTokens(@ForAll("tokens") String text) {
    Outcome.of("ReplayToken.parse", text, () -> {
      try {
        return ReplayToken.parse(text);
      } catch (IllegalArgumentException e) {
        // The explorer's own contract; the CLI turns it into bad input.
        throw new BadInput(e.getMessage());
      }
    }, ANY_LINE);
  }

  @Property(tries = 400)
  void commandLines(@ForAll("argv") List<String> args) {
    runCommandLine(args);
  }

  @Tag("slow")
  @Property(tries = 50_000)
  void faultPlansLong(@ForAll("plans") String text) {
    faultPlans(text);
  }

  @Tag("slow")
  @Property(tries = 20_000)
  void replayTokensLong(@ForAll("tokens") String text) {
    replayTokens(text);
  }

  @Tag("slow")
  @Property(tries = 5_000)
  void commandLinesLong(@ForAll("argv") List<String> args) {
    runCommandLine(args);
  }

  /**
   * Runs one argument vector with small sizes appended for the commands that run things (their
   * own values win if given twice: picocli then says so, as bad usage). Exit 0-3; exit 3 is one
   * line of bad input; no stack trace on either stream.
   */
  static void runCommandLine(List<String> given) {
    List<String> args = new ArrayList<>(given);
    if (!args.isEmpty()) {
      switch (args.get(0)) {
        case "check", "report", "inspect" -> args.add(1, history.toString());
        case "run" -> args.addAll(List.of("--ops", "20", "--threads", "2", "--out", dir.resolve("runs").toString()));
        case "explore" -> args.addAll(List.of("--max-schedules", "50", "--out", dir.resolve("explore").toString()));
        case "bench" -> args.clear();
        default -> { }
      }
      if (args.contains("report") && !args.contains("-o")) args.addAll(List.of("-o", dir.resolve("r.html").toString()));
    }
    String[] argv = args.toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Outcome.Result r = Outcome.of("minotaur", argv, () -> {
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      return cl.execute(argv);
    }, ANY_LINE);
    int code = (Integer) r.value();
    String e = err.toString();
    String shown = Outcome.show(argv) + "\nstdout: " + out + "\nstderr: " + e;
    assertTrue(code >= 0 && code <= 3, "exit " + code + " for " + shown);
    assertTrue(!e.contains("\tat ") && !e.contains("Exception"), "a stack trace for " + shown);
    if (code == 3) {
      assertTrue(e.startsWith("minotaur: ") && e.strip().lines().count() == 1, "not one line of bad input for " + shown);
    }
  }
}
