package minotaur.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import minotaur.explore.ReplayToken;
import minotaur.explore.litmus.LitmusParser;
import minotaur.fault.FaultPlan;
import minotaur.history.BadInput;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The other readers on damaged input: fault plans ({@link FaultPlan#parse}), replay tokens
 * (parsed, and replayed by {@code minotaur explore --replay}, graph tokens included) and litmus
 * files (parsed, and one in thirty answered by {@code minotaur explore --litmus} within small
 * bounds). Each ends in a value or one line of bad input naming the file and line where there is
 * a file, never a stack trace, a hang or unbounded allocation ({@link Outcome}, {@link Cli}).
 */
class InputsFuzzTest {
  static final Pattern PLAN_AT_LINE = Pattern.compile("plan\\.edn:\\d+: ");
  static final Pattern LITMUS_AT_LINE = Pattern.compile("fuzz\\.litmus:\\d+: ");
  static final Pattern TOKEN = Pattern.compile("bad replay token '");
  @TempDir
  static Path dir;

  @Test
  void faultPlans() {
    Campaign.bounded("InputsFuzzTest#faultPlans", 2000, g -> faultPlan(PlanTexts.damaged(g)));
  }

  @Test
  void replayTokens() {
    Campaign.bounded("InputsFuzzTest#replayTokens", 1000, g -> replayToken(g, TokenTexts.damaged(g)));
  }

  @Test
  void litmusFiles() {
    Campaign.bounded("InputsFuzzTest#litmusFiles", 1500, g -> litmus(g, LitmusTexts.damaged(g), dir));
  }

  @Tag("slow")
  @Test
  @Timeout(value = 60, unit = java.util.concurrent.TimeUnit.MINUTES)
  void inputsLong() {
    Campaign.fresh("InputsFuzzTest#inputsLong", 90_000, g -> {
      switch (g.between(0, 2)) {
        case 0 -> faultPlan(PlanTexts.damaged(g));
        case 1 -> replayToken(g, TokenTexts.damaged(g));
        default -> litmus(g, LitmusTexts.damaged(g), dir);
      }
    });
  }

  static void faultPlan(String text) {
    Outcome.of("FaultPlan.parse", text, () -> FaultPlan.parse(text, "plan.edn"), PLAN_AT_LINE);
  }

  /** Parsed as the explorer does; a parsed token, one time in five, replayed through the CLI. */
  static void replayToken(Gen g, String text) {
    Outcome.Result parsed = Outcome.of("ReplayToken.parse", text, () -> ReplayToken.parse(text), TOKEN);
    if (parsed.value() != null && g.chance(0.2)) {
      Cli.run(List.of("explore", "--replay", text, "--out", dir.resolve("explore").toString()));
    }
  }

  /** Parsed; one time in thirty answered through the CLI under a small bound, as a file in {@code dir}. */
  static void litmus(Gen g, String text, Path dir) {
    Outcome.Result parsed = Outcome.of("LitmusParser.parse", text, () -> LitmusParser.parse("fuzz.litmus", text),
        LITMUS_AT_LINE);
    if (g.chance(0.03)) {
      Path file = Scratch.write(dir.resolve("fuzz.litmus"), text);
      List<String> args = new ArrayList<>(List.of("explore", "--litmus", file.toString(), "--memory-model",
          g.oneOf("sc", "tso", "ra", "rc11"), "--max-schedules", "200", "--time-limit", "1s"));
      Cli.Ran r = Cli.run(args);
      if (parsed.value() == null && r.code() != 3) {
        throw new AssertionError("the CLI took a litmus file the parser rejects (" + parsed.badInput() + "): exit "
            + r.code() + " on " + Outcome.show(text));
      }
      if (r.code() == 3 && !r.err().startsWith("minotaur: " + file + ":")) {
        throw new AssertionError("bad litmus input not naming " + file + ": " + r.err().strip() + " on " + Outcome.show(text));
      }
    }
  }
}
