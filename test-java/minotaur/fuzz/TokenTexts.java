package minotaur.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Replay tokens: real ones (schedules and execution graphs the explorer printed for failures)
 * and ones built from the grammar, over real and unknown scenarios and models, then damaged.
 */
final class TokenTexts {
  private TokenTexts() {}

  /** Tokens the explorer printed (litmus/sb fails under tso and ra; the aio mutant under tso). */
  static final List<String> REAL = List.of("litmus/sb:tso:0*2.1*2.f0.f1", "litmus/sb:ra:g.0w1.1w1.0ri.1ri",
      "litmus/sb:rc11:g.0w1.1w1.0ri.1ri", "litmus/sb:tso:0.f0.0.1*2.f1", "litmus/mp:tso:0",
      "aio/notify-unconditional-skip/promela-notify:tso:1*5.f1.1*8.f1.1*5.0*2.f0.0*8.f0.0*9.f0.0*4.1*3.f1.1*3");

  static final List<String> NASTY = List.of(":", ".", "*", "g.", "f", "r", "w", "-", "i", "0", "9", "*2147483647",
      "+spurious", "\n", "\u0000", " ", "99999999999", "ri", "r1-0", "r0-99", "w99", "w-1");

  static String item(Gen g) {
    return g.oneOf("0", "1", "2", "f0", "f1", "f", "-1", "99", "x", "", "3") + g.oneOf("", "", "", "*2", "*0", "*-1",
        "*2147483647", "*99999999999", "*", "*1048576");
  }

  static String graphItem(Gen g) {
    String t = g.oneOf("0", "1", "2", "0", "1", "-1", "64", "x");
    return t + switch (g.between(0, 5)) {
      case 0 -> "";
      case 1 -> "ri";
      case 2 -> "r" + g.oneOf("0", "1", "2", "9", "-1", "") + "-" + g.oneOf("0", "1", "3", "99", "-2", "");
      case 3 -> "w" + g.oneOf("0", "1", "2", "7", "-1", "");
      case 4 -> "r";
      default -> g.oneOf("q", "r1", "w", "ri-1");
    };
  }

  static String token(Gen g) {
    if (g.chance(0.3)) return g.oneOf(REAL);
    String scenario = g.oneOf("litmus/sb", "litmus/mp", "litmus/sb", "", "no/such", "a:b", "xen/seed/handover");
    String model = g.oneOf("sc", "tso", "tso+spurious", "ra", "rc11", "rc11+spurious", "arm", "", "SC");
    boolean graph = g.chance(0.4);
    List<String> items = new ArrayList<>(g.listOf(8, () -> graph ? graphItem(g) : item(g)));
    return scenario + ":" + model + ":" + (graph ? "g" + (items.isEmpty() ? "" : ".") : "") + String.join(".", items);
  }

  static String damaged(Gen g) {
    return Damage.of(g, token(g), NASTY);
  }
}
