package minotaur.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import minotaur.check.CheckOptions;
import minotaur.cli.CheckPath;
import minotaur.history.Edn;
import minotaur.history.History;
import minotaur.history.HistoryReader;
import minotaur.model.Models;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a history file is read (strict and lenient loads; {@code minotaur check}'s read, then
 * {@code Model.prepare} and the search for cas-register and timer-list, whose prepare splits each
 * {@code :run} ({@link CheckPath}); a result file through {@link Edn#read}), and one case in a
 * hundred through {@code minotaur check} or {@code minotaur report} in-process, on damaged and
 * deeply nested histories: each ends in a value or one line naming the file and line, never
 * another exception, a hang or unbounded allocation ({@link Outcome}, {@link Campaign}).
 */
class HistoryFuzzTest {
  /** A history reader's errors name the file and a line. */
  static final Pattern AT_LINE = Pattern.compile("fuzz\\.edn:\\d+: ");
  /** A whole-file read may have no line to name (e.g. an empty file). */
  static final Pattern AT_FILE = Pattern.compile("fuzz\\.edn(:\\d+)?: ");
  static final CheckOptions CHECK = CheckOptions.defaults().withTimeLimit(Duration.ofSeconds(2)).withMaxConfigs(20_000)
      .withParallelism(1);
  /** Model verdicts reached: the generators reach past the readers into the checks. */
  static final AtomicInteger judged = new AtomicInteger();
  @TempDir
  static Path dir;

  @Test
  void damagedHistories() {
    int before = judged.get();
    int cases = Campaign.bounded("HistoryFuzzTest#damagedHistories", 3500, g -> readEveryWay(g, EdnTexts.damaged(g), dir));
    int reached = judged.get() - before;
    assertTrue(cases < 1000 || reached > cases / 20,
        "only " + reached + " model verdicts in " + cases + " cases: the generators no longer reach the checks");
  }

  @Test
  void deepNesting() {
    Campaign.bounded("HistoryFuzzTest#deepNesting", 300, g -> readEveryWay(g, EdnTexts.damagedDeep(g), dir));
  }

  @Test
  void resultFiles() {
    Campaign.bounded("HistoryFuzzTest#resultFiles", 1500, g -> readResult(g, g.chance(0.1) ? EdnTexts.damagedDeep(g)
        : EdnTexts.damaged(g), dir));
  }

  @Tag("slow")
  @Test
  @Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
  void damagedHistoriesLong() {
    Campaign.fresh("HistoryFuzzTest#damagedHistoriesLong", 100_000, g -> {
      String text = g.chance(0.05) ? EdnTexts.damagedDeep(g) : EdnTexts.damaged(g);
      readEveryWay(g, text, dir);
      readResult(g, text, dir);
    });
  }

  /** As a result file: read, and one time in fifty explained by {@code minotaur report --result}. */
  static void readResult(Gen g, String text, Path dir) {
    Outcome.of("Edn.read", text, () -> Edn.read(text, "fuzz.edn"), AT_FILE);
    if (g.chance(0.02)) {
      Path history = Scratch.write(dir.resolve("h.edn"), "{:type :invoke :process 0 :f :read :value nil}\n"
          + "{:type :ok :process 0 :f :read :value 1}\n");
      Path result = Scratch.write(dir.resolve("fuzz.edn"), text);
      Cli.run(List.of("report", history.toString(), "--result", result.toString(), "-o", dir.resolve("r.html").toString()));
    }
  }

  /**
   * Every reader on {@code text}, the check paths included; one case in a hundred also through
   * the command line, with the text as a file in {@code dir}.
   */
  static void readEveryWay(Gen g, String text, Path dir) {
    Outcome.of("History.read", text, () -> History.read(new HistoryReader(new StringReader(text), "fuzz.edn")), AT_LINE);
    Outcome.of("lenient History.read", text,
        () -> History.read(new HistoryReader(new StringReader(text), "fuzz.edn").lenient()), AT_LINE);
    for (String name : List.of("cas-register", "timer-list")) {
      Outcome.Result r = Outcome.of("check " + name, text,
          () -> CheckPath.check(new StringReader(text), "fuzz.edn", Models.named(name, 0L), CHECK), AT_FILE);
      if (r.value() != null) judged.incrementAndGet();
    }
    if (g.chance(0.01)) throughTheCommandLine(g, text, dir);
  }

  /** {@code minotaur check} or {@code report} on the text as a file. */
  static void throughTheCommandLine(Gen g, String text, Path dir) {
    Path file = Scratch.write(dir.resolve("fuzz.edn"), text);
    String model = g.oneOf("cas-register", "timer-list", "register");
    List<String> args = g.chance(0.7)
        ? List.of("check", file.toString(), "--model", model, "--init", "0", "--time-limit", "2s", "--max-configs", "20000")
        : List.of("report", file.toString(), "--model", model, "--init", "0", "-o", dir.resolve("fuzz.html").toString());
    Cli.Ran r = Cli.run(args);
    if (r.code() == 3 && !r.err().startsWith("minotaur: " + file)) {
      throw new AssertionError("bad input not naming " + file + ": " + r.err().strip() + " on " + Outcome.show(text));
    }
  }
}
