package minotaur.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Jepsen EDN histories for the fuzz campaigns: well-formed ones (each process invokes, then
 * completes, with values of the register, cas-register and timer-list shapes, now and then one of
 * a wrong shape, so the models' own checks are reached), and ops drawn at random (completions
 * without invocations, double invocations, wrong types), with :index values that increase,
 * repeat, decrease or are absent; and deep nesting up to tens of thousands of levels.
 * {@link #damaged} then breaks them with {@link #NASTY} tokens.
 */
final class EdnTexts {
  private EdnTexts() {}

  /** Tokens whose insertion breaks EDN in the ways readers get wrong. */
  static final List<String> NASTY = List.of("{", "}", "[", "]", "(", ")", "\"", "\\", "#", "#_", "##", ";", ":",
      "^", "\n", ",", "#{", "#inst \"x\"", "#inst \"2026-01-01\"", "#uuid \"y\"", "##Inf", "##NaN", "##-Inf", "\\u",
      "\\newline", "1N", "1M", "99999999999999999999999999999999999999", "-9223372036854775808",
      "9223372036854775808", "1e999999", "0x", "0xFFFFFFFFFFFFFFFFFF", "08", "1/0", "2r1111", "36rZZZZZZZZZZZZZZ",
      "nil", ":index 0", ":index -1", ":index 9223372036854775807", ":process :nemesis", ":type :ok", ":type :invoke",
      ":type :info", ":f \"s\"", ":process 1.5", "#_#_#_", "\u0000", "\uFFFF", "\uD800", "é", "#?(:clj 1)",
      "#'x", "@x", "`x", "~x", "#jepsen.history.Op", "#knossos.op.Op", "#x", "#=(+ 1 2)", "{:a 1 :a 2}", "#{1 1}",
      "\r", "\t", "\u2028", ":value [1 [2 [3]]]", ":f :run :value [5 [1 2]]", ":f :mod :value [1 ##Inf]");

  static String value(Gen g) {
    return switch (g.between(0, 9)) {
      case 0, 1, 2 -> String.valueOf(g.between(-5, 5));
      case 3 -> String.valueOf(g.anyLong());
      case 4 -> g.oneOf("nil", "true", "false", ":x", "\"a b\"", "\"\\\"q\\n\"", "1.5", "99999999999999999999999",
          "[1 2]", "[nil [3 4]]", "#{1 2}", "{:a 1}", "(1 2)", "[]", "\\a", "1N", "-0.0", "##NaN");
      case 5, 6 -> "[" + g.between(0, 4) + " " + g.between(0, 20) + "]";
      case 7 -> "[" + g.between(0, 20) + " " + g.oneOf("true", "false", "nil", "3", "-1") + "]";
      case 8 -> "[" + g.between(0, 20) + " [" + String.join(" ", g.listOf(3, () -> String.valueOf(g.between(0, 4)))) + "]]";
      default -> String.valueOf(g.between(0, 4));
    };
  }

  /** One op map; {@code index} is its :index text or empty. */
  static String op(Gen g, String index) {
    List<String> kvs = new ArrayList<>(List.of(
        ":type " + g.oneOf(":invoke", ":ok", ":fail", ":info", ":invoke", ":ok", ":bogus", "\"ok\"", "nil"),
        ":process " + g.oneOf("0", "1", "2", "3", ":nemesis", "-1", "\"p\"", "99999999999999999999"),
        ":f " + g.oneOf(":read", ":write", ":cas", ":read", "nil", "\"f\"", ":mod", ":del", ":free", ":expired",
            ":deadline", ":fire", ":run", ":run"),
        ":value " + value(g)));
    if (!index.isEmpty()) kvs.add(index);
    if (g.chance(0.2)) kvs.add(":time " + g.oneOf("10", "-1", "99999999999999999999", "1.5", "nil"));
    if (g.chance(0.1)) kvs.remove(g.between(0, kvs.size() - 1));
    Collections.rotate(kvs, g.between(0, 3));
    if (g.chance(0.05)) kvs.add(kvs.get(0));  // a duplicate key
    String prefix = g.chance(0.05) ? g.oneOf("#jepsen.history.Op", "#knossos.op.Op", "#x ") : "";
    return prefix + "{" + String.join(g.chance(0.2) ? ", " : " ", kvs) + "}";
  }

  /** Values of a shape no model takes, or of another op's shape. */
  static final List<String> WRONG = List.of("[]", "[1]", "[1 2 3]", "\"x\"", "nil", "#{1}", "(1 2)", "{:a 1}", "1.5",
      "99999999999999999999", "[nil nil]", "[1 nil]", "[1 [nil]]", "[1 #{2}]", "[1 \"t\"]", ":k", "true", "[[1 2] 3]");

  /** The register and cas-register functions, and the timer list's. */
  static final List<List<String>> FUNCTIONS = List.of(List.of(":read", ":write", ":cas"),
      List.of(":mod", ":del", ":free", ":expired", ":deadline", ":fire", ":run"));

  /**
   * The :value of an invocation ({@code completion} false) or an ok completion of {@code f}; with
   * probability {@code wrong}, one of a wrong shape.
   */
  static String valueOf(Gen g, String f, boolean completion, double wrong) {
    if (g.chance(wrong)) return g.oneOf(WRONG);
    String small = String.valueOf(g.between(0, 4));
    String time = String.valueOf(g.between(0, 30));
    return switch (f) {
      case ":read" -> completion ? g.oneOf(small, "nil") : "nil";
      case ":write", ":del", ":free" -> small;
      case ":cas" -> "[" + small + " " + g.between(0, 4) + "]";
      case ":mod" -> "[" + small + " " + g.oneOf(time, "-1", String.valueOf(g.anyLong())) + "]";
      case ":expired" -> "[" + time + " " + (completion ? g.oneOf("true", "false") : "nil") + "]";
      case ":deadline" -> "[" + time + " " + (completion ? g.oneOf("-1", "0", time) : "nil") + "]";
      case ":fire" -> "[" + time + " " + small + "]";
      default -> completion ? "[" + time + " [" + String.join(" ", g.listOf(3, () -> String.valueOf(g.between(0, 4))))
          + "]]" : "nil";
    };
  }

  /**
   * A well-formed history of one model's functions: up to four processes, each invoking then
   * completing (:ok, :fail or :info; a crashed process sometimes invokes again), the nemesis now
   * and then; in half of them a value of a wrong shape now and then.
   */
  static String wellFormed(Gen g) {
    List<String> functions = g.chance(0.9) ? g.oneOf(FUNCTIONS) : FUNCTIONS.stream().flatMap(List::stream).toList();
    double wrong = g.chance(0.5) ? 0 : 0.05;
    int processes = g.between(1, 4);
    String[] pending = new String[processes];
    boolean[] crashed = new boolean[processes];
    boolean indexed = g.chance(0.5);
    List<String> ops = new ArrayList<>();
    int n = g.between(0, 40);
    for (int tries = 0; ops.size() < n && tries < 4 * n; tries++) {
      String index = indexed ? " :index " + ops.size() : "";
      if (g.chance(0.03)) {
        ops.add("{:type :info :process :nemesis :f :start :value nil" + index + "}");
        continue;
      }
      int p = g.between(0, processes - 1);
      if (crashed[p]) continue;
      String f = pending[p];
      if (f == null) {
        f = g.oneOf(functions);
        ops.add("{:type :invoke :process " + p + " :f " + f + " :value " + valueOf(g, f, false, wrong) + index + "}");
        pending[p] = f;
      } else {
        String type = g.oneOf(":ok", ":ok", ":ok", ":ok", ":ok", ":ok", ":fail", ":fail", ":info");
        crashed[p] = type.equals(":info") && g.chance(0.8);
        String value = valueOf(g, f, type.equals(":ok"), wrong);
        ops.add("{:type " + type + " :process " + p + " :f " + f + " :value " + value + index + "}");
        pending[p] = null;
      }
    }
    return g.chance(0.3) ? "[" + String.join("\n ", ops) + "]\n" : String.join("\n", ops) + "\n";
  }

  /** A history: ops one per line or in one top-level vector or list, with a comment now and then. */
  static String history(Gen g) {
    int n = g.between(0, 30);
    int indexing = g.between(0, 5);
    long start = g.oneOf(0L, 1L, 100L, Long.MAX_VALUE - 5);
    List<String> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String index = switch (indexing) {
        case 0, 1 -> "";
        case 2 -> ":index " + (start + i);
        case 3 -> ":index " + (start + 2L * i + g.between(0, 1));
        case 4 -> ":index " + (start + g.between(0, n));  // duplicates and decreasing
        default -> g.chance(0.5) ? "" : ":index " + g.oneOf(String.valueOf(i), "-3", "1.5", "\"7\"", "nil");
      };
      ops.add(op(g, index));
    }
    return switch (g.between(0, 4)) {
      case 0 -> "[" + String.join("\n ", ops) + "]\n";
      case 1 -> "; a comment\n" + String.join("\n", ops) + "\n";
      case 2 -> "(" + String.join("\n", ops) + ")";
      default -> String.join("\n", ops) + (g.chance(0.5) ? "\n" : "");
    };
  }

  /** Deep nesting: n openers of one kind, closed or not, as an op's value or on its own. */
  static String deep(Gen g) {
    int n = g.chance(0.5) ? g.between(100, 1000) : g.between(1000, 50_000);
    String open = g.oneOf("[", "{:a ", "(", "#_", "#x ", "#{", "^:m ", "#_[", "{[", "'");
    String close = switch (open) {
      case "[", "#_[" -> "]";
      case "{:a ", "#{" -> "}";
      case "(" -> ")";
      case "{[" -> "] 1}";
      default -> "";
    };
    String nested = open.repeat(n) + "1" + (g.chance(0.7) ? close.repeat(n) : "");
    return g.chance(0.8) ? "{:type :invoke :process 0 :f :read :value " + nested + "}\n" : nested + "\n";
  }

  /** A history, damaged; a third of the well-formed ones are left whole, to reach the models. */
  static String damaged(Gen g) {
    if (g.chance(0.4)) return Damage.of(g, history(g), NASTY);
    String text = wellFormed(g);
    return g.chance(0.33) ? text : Damage.of(g, text, NASTY);
  }

  static String damagedDeep(Gen g) {
    return Damage.of(g, deep(g), NASTY);
  }
}
