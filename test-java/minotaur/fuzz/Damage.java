package minotaur.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Damages a well-formed text by up to four mutations: cut short, a bit flipped, a token inserted
 * (one of the format's nasty tokens), a line duplicated, dropped or moved to the end, a span
 * repeated. Most cases are thus near misses that reach deep into a reader rather than noise it
 * rejects at once; a fifth of them are left whole, to reach the checks behind the reader.
 */
final class Damage {
  private Damage() {}

  static String of(Gen g, String text, List<String> nasty) {
    if (g.chance(0.2)) return text;
    String s = text;
    for (int n = g.between(1, 4); n > 0; n--) s = once(g, s, nasty);
    return s;
  }

  private static String once(Gen g, String s, List<String> nasty) {
    String token = g.oneOf(nasty);
    if (s.isEmpty()) return token;
    int p = g.between(0, s.length() - 1);
    List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
    int l = g.between(0, lines.size() - 1);
    switch (g.between(0, 6)) {
      case 0:
        return s.substring(0, p);
      case 1:
        return s.substring(0, p) + (char) (s.charAt(p) ^ (1 << g.between(0, 15))) + s.substring(p + 1);
      case 2:
        return s.substring(0, p) + token + s.substring(p);
      case 3:
        lines.add(l, lines.get(l));
        return String.join("\n", lines);
      case 4:
        lines.remove(l);
        return String.join("\n", lines);
      case 5:
        lines.add(lines.remove(l));
        return String.join("\n", lines);
      default:
        int end = Math.min(s.length(), p + g.between(1, 20));
        return s.substring(0, end) + s.substring(p, end).repeat(g.between(1, 50)) + s.substring(end);
    }
  }
}
