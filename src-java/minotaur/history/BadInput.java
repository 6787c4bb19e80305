package minotaur.history;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one bad-input exception of minotaur: an unknown name, a bad option value, a malformed file.
 * Its message is one line meant for users, naming the file and line where there is one; the CLI
 * maps it, and only it, to exit 3.
 */
public class BadInput extends RuntimeException {
  public BadInput(String message) {
    super(oneLine(message), null, false, false);
  }

  /**
   * {@code text} on one line: line breaks shown as {@code \n} and {@code \r}, so input a message
   * echoes (a cut-off line of a file, a token) cannot split it.
   */
  public static String oneLine(String text) {
    return text == null ? null : text.replace("\r", "\\r").replace("\n", "\\n");
  }

  /**
   * An unknown name of some {@code kind} ("workload", "variant", "scenario", "model"): the message
   * names up to three of the {@code known} names closest to {@code name} (edit distance, ignoring
   * case) and where the full list is, e.g. {@code unknown workload 'timer-lst'; did you mean
   * timer-list? (run --list shows all)}.
   */
  public static BadInput unknownName(String kind, String name, Collection<String> known, String listHint) {
    List<String> closest = closest(name, known, 3);
    StringBuilder sb = new StringBuilder("unknown ").append(kind).append(" '").append(name).append('\'');
    if (!closest.isEmpty()) sb.append("; did you mean ").append(String.join(", ", closest)).append('?');
    if (listHint != null && !listHint.isEmpty()) sb.append(" (").append(listHint).append(" shows all)");
    return new BadInput(sb.toString());
  }

  /**
   * Up to {@code most} names of {@code known} plausibly meant by {@code name}, nearest first, ties
   * by name: within an edit distance of a third of the name's length (at least 2), or containing
   * it, or contained in it. Far-off names are no help, so there may be none.
   */
  public static List<String> closest(String name, Collection<String> known, int most) {
    String wanted = name.toLowerCase(Locale.ROOT);
    int near = Math.max(2, wanted.length() / 3);
    return known.stream()
        .filter(k -> {
          String lower = k.toLowerCase(Locale.ROOT);
          return distance(wanted, lower) <= near || lower.contains(wanted) || wanted.contains(lower);
        })
        .sorted(Comparator.<String>comparingInt(k -> distance(wanted, k.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()))
        .limit(most)
        .toList();
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
