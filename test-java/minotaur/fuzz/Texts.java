package minotaur.fuzz;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of reader inputs: well-formed texts of each format, then damaged by a few
 * mutations (cut short, a bit flipped, a token inserted, a line duplicated, dropped or moved), so
 * most cases are near misses that reach deep into a reader rather than noise it rejects at once.
 */
final class Texts {
  private Texts() {}

  /** Tokens whose insertion breaks EDN in the ways readers get wrong. */
  static final List<String> NASTY = List.of("{", "}", "[", "]", "(", ")", "\"", "\\", "#", "#_", "##", ";", ":",
      "^", "\n", ",", "#{", "#inst \"x\"", "#uuid \"y\"", "##Inf", "##NaN", "\\u", "\\newline", "1N", "1M",
      "99999999999999999999999999999999999999", "-9223372036854775808", "9223372036854775808", "1e999999",
      "0x", "08", "1/0", "nil", ":index 0", ":index -1", ":process :nemesis", ":type :ok", ":type :invoke",
      ":f \"s\"", ":process 1.5", "#_#_#_", "\u0000", "\uFFFF", "\uD800", "é", "#?(:clj 1)", "#'x", "@x", "`x", "~x");

  static Arbitrary<String> value() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(-5, 5).map(String::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(String::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("nil", "true", "false", ":x", "\"a b\"", "\"\\\"q\\n\"", "1.5",
            "99999999999999999999999", "[1 2]", "[nil [3 4]]", "#{1 2}", "{:a 1}", "(1 2)", "[]")),
        net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.longs().between(0, 4), Arbitraries.longs().between(0, 4))
            .as((a, b) -> "[" + a + " " + b + "]")));
  }

  static Arbitrary<String> op() {
    Arbitrary<String> type = Arbitraries.of(":invoke", ":ok", ":fail", ":info", ":invoke", ":ok", ":bogus", "\"ok\"");
    Arbitrary<String> process = Arbitraries.of("0", "1", "2", "3", ":nemesis", "-1", "\"p\"");
    Arbitrary<String> f = Arbitraries.of(":read", ":write", ":cas", ":read", "nil", "\"f\"", ":mod", ":run");
    Arbitrary<String> index = Arbitraries.of("", "", "", ":index 0", ":index 1", ":index 2", ":index 7", ":index -3",
        ":index 1.5", ":index 9223372036854775807");
    Arbitrary<String> time = Arbitraries.of("", ":time 10", ":time -1", ":time 99999999999999999999");
    return Combinators.combine(type, process, f, value(), index, time, Arbitraries.integers().between(0, 5))
        .as((t, p, fn, v, i, tm, order) -> {
          List<String> kvs = new ArrayList<>(List.of(":type " + t, ":process " + p, ":f " + fn, ":value " + v));
          if (!i.isEmpty()) kvs.add(i);
          if (!tm.isEmpty()) kvs.add(tm);
          java.util.Collections.rotate(kvs, order);
          if (order == 5) kvs.add(kvs.get(0));  // a duplicate key
          return (order == 4 ? "#jepsen.history.Op" : "") + "{" + String.join(order == 3 ? ", " : " ", kvs) + "}";
        });
  }

  /** A history: ops one per line, or in one top-level vector, with a comment now and then. */
  static Arbitrary<String> history() {
    return Combinators.combine(op().list().ofMaxSize(30), Arbitraries.integers().between(0, 3))
        .as((ops, layout) -> switch (layout) {
          case 0 -> "[" + String.join("\n ", ops) + "]\n";
          case 1 -> "; a comment\n" + String.join("\n", ops) + "\n";
          default -> String.join("\n", ops) + (layout == 2 ? "\n" : "");
        });
  }

  /** Deep nesting: n open brackets of one kind, closed or not. */
  static Arbitrary<String> deep() {
    return Combinators.combine(Arbitraries.integers().between(100, 20000), Arbitraries.of("[", "{:a ", "(", "#_", "#x ", "#{"),
            Arbitraries.of(true, false))
        .as((n, open, closed) -> {
          String close = open.startsWith("[") ? "]" : open.startsWith("{:a") ? "}" : open.equals("(") ? ")"
              : open.equals("#{") ? "}" : "";
          return "{:type :invoke :process 0 :value " + open.repeat(n) + "1" + (closed ? close.repeat(n) : "") + "}\n";
        });
  }

  /** {@code base} damaged by up to four mutations. */
  static Arbitrary<String> mutated(Arbitrary<String> base) {
    Arbitrary<Mutation> m = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.doubles().between(0, 1),
        Arbitraries.integers().between(0, 15), Arbitraries.of(NASTY)).as(Mutation::new);
    return Combinators.combine(base, m.list().ofMaxSize(4)).as((text, ms) -> {
      String s = text;
      for (Mutation x : ms) s = x.apply(s);
      return s;
    });
  }

  /** One mutation: what, where (a fraction of the text), a bit to flip, a token to insert. */
  record Mutation(int kind, double at, int bit, String token) {
    String apply(String s) {
      if (s.isEmpty()) return token;
      int p = Math.min(s.length() - 1, (int) (at * s.length()));
      List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
      int l = Math.min(lines.size() - 1, (int) (at * lines.size()));
      switch (kind) {
        case 0: return s.substring(0, p);
        case 1: return s.substring(0, p) + (char) (s.charAt(p) ^ (1 << bit)) + s.substring(p + 1);
        case 2: return s.substring(0, p) + token + s.substring(p);
        case 3: lines.add(l, lines.get(l)); return String.join("\n", lines);
        case 4: lines.remove(l); return String.join("\n", lines);
        default: lines.add(lines.remove(l)); return String.join("\n", lines);
      }
    }
  }
}
