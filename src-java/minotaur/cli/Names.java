package minotaur.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import minotaur.history.BadInput;

/**
 * Names typed on the command line (workloads, variants, scenarios, models, memory models,
 * benchmarks) checked against the registry's names: a known one is returned as the registry
 * spells it; an unknown one is a {@link BadInput} naming the three closest known names and the
 * {@code --list} that shows them all, never the whole list on one line.
 */
final class Names {
  private Names() {}

  /**
   * The known name {@code name} means, compared case-insensitively with {@code -} and {@code _}
   * alike (the way variants and models parse).
   */
  static String require(String kind, String name, Iterable<String> known, String listHint) {
    List<String> all = new ArrayList<>();
    known.forEach(all::add);
    String wanted = canonical(name);
    for (String k : all) {
      if (canonical(k).equals(wanted)) return k;
    }
    throw BadInput.unknownName(kind, name, all, listHint);
  }

  /** True if {@code name} is one of {@code known} (same comparison as {@link #require}). */
  static boolean isKnown(String name, Collection<String> known) {
    String wanted = canonical(name);
    return known.stream().anyMatch(k -> canonical(k).equals(wanted));
  }

  private static String canonical(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
