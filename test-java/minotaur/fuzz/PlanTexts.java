package minotaur.fuzz;

import java.util.List;

/** Fault plan files: a seed and up to four rules of real and wrong values, then damaged. */
final class PlanTexts {
  private PlanTexts() {}

  static final List<String> NASTY = List.of("{", "}", "[", "]", "\"", ":", ";", "#_", "##NaN", "\n", ":faults",
      ":seed", ":points", ":probability 2", ":action :spin", ":duration [:uniform 1 2]", "99999999999999999999",
      "\u0000", "#x", "\\", "1/0", "nil", "[".repeat(40), "{:a ".repeat(40), "[".repeat(6000) + "]".repeat(6000),
      "#x ".repeat(3000) + "1", "[".repeat(20_000));

  /** A rule: each field valid nine times in ten, else of a wrong type or out of range. */
  static String rule(Gen g) {
    String points = g.chance(0.9) ? g.oneOf("\"cas-register.*\"", "[\"a\" \"b.*\"]", "\"*?*\"", "\"xen.*\"", "\"os.*.wait@*\"")
        : g.oneOf("[]", "\"\"", "1", "[1]", "[\"a\" nil]", "#{\"a\"}");
    String p = g.chance(0.9) ? g.oneOf("0.5", "1", "0", "0.001", "1.0")
        : g.oneOf("-1", "2.0", "1/2", "\"x\"", "1e400", "##NaN", "##Inf", "1N", "0.1M");
    String action = g.chance(0.9) ? g.oneOf(":spin", ":park", ":yield", ":pause", ":spurious-wakeup", ":interrupt")
        : g.oneOf(":explode", "spin", "\"spin\"", "nil");
    String duration = g.chance(0.9) ? g.oneOf("", ":duration 1000", ":duration \"5ms\"", ":duration [:uniform 200 2000]",
        ":duration [:exponential 50]", ":duration [:fixed 10]", ":duration \" 5 us \"")
        : g.oneOf(":duration [:fixed -1]", ":duration [:uniform 9 1]", ":duration \"9999999999999h\"", ":duration [:uniform]",
            ":duration 99999999999999999999", ":duration \"99999999999999999s\"", ":duration \"9999999999999999999999ms\"",
            ":duration [:exponential 0]", ":duration [:fixed \"1s\" 2]", ":duration {:fixed 1}");
    String extra = g.chance(0.05) ? g.oneOf(" :bogus 1", " :points \"x\"") : "";
    return "{:points " + points + " :probability " + p + " :action " + action + " " + duration + extra + "}";
  }

  static String plan(Gen g) {
    String seed = g.chance(0.9) ? g.oneOf("", ":seed 7 ", ":seed -1 ")
        : g.oneOf(":seed 1.5 ", ":seed 99999999999999999999 ", ":seed nil ");
    String rules = String.join("\n ", g.listOf(4, () -> rule(g)));
    String extra = g.chance(0.05) ? g.oneOf(":other 1 ", ":faults [] ", "1 ") : "";
    return "{" + seed + extra + ":faults [" + rules + "]}\n";
  }

  static String damaged(Gen g) {
    String plan = plan(g);
    return g.chance(0.4) ? plan : Damage.of(g, plan, NASTY);
  }
}
