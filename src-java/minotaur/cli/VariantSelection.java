package minotaur.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import minotaur.family.Family;
import minotaur.family.Variant;
import minotaur.history.BadInput;
import minotaur.test.DeclaredVariants;

/**
 * What {@code --variant V} picks in the families a command covers: {@code all} every variant,
 * {@code correct} those declared to hold under the chosen memory models, {@code mutants} those
 * declared violated there ({@link DeclaredVariants}), any other word the variant so named in each
 * family that has one. One family named on its own with a variant of that very name means that
 * variant (rcu and cas-register have one called {@code correct}). The families where nothing is
 * picked are listed in {@link #skipped()}; nothing picked anywhere is bad input.
 */
final class VariantSelection {
  static final String ALL = "all";
  static final String CORRECT = "correct";
  static final String MUTANTS = "mutants";

  /** The variants picked in one family, in the family's order. */
  record Pick(Family family, List<Variant> variants) {}

  private final String spec;
  private final List<Pick> picks;
  private final List<String> without;

  private VariantSelection(String spec, List<Pick> picks, List<String> without) {
    this.spec = spec;
    this.picks = picks;
    this.without = without;
  }

  /** {@code spec}'s variants of {@code families}, declarations read under {@code models} (CLI names). */
  static VariantSelection of(List<Family> families, String spec, List<String> models) {
    String word = spec.trim().toLowerCase(java.util.Locale.ROOT);
    List<Pick> picks = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (Family f : families) {
      List<Variant> vs = pick(f, word, models, families.size() == 1);
      if (vs.isEmpty()) without.add(f.name());
      else picks.add(new Pick(f, vs));
    }
    if (picks.isEmpty()) throw new BadInput(nothing(families, spec, word, models));
    return new VariantSelection(spec, picks, without);
  }

  private static List<Variant> pick(Family f, String word, List<String> models, boolean alone) {
    List<String> names = f.variants().stream().map(Variant::name).toList();
    if (alone && !word.equals(ALL) && Names.isKnown(word, names)) return List.of(f.variant(word));
    return switch (word) {
      case ALL -> f.variants();
      case CORRECT -> DeclaredVariants.correct(f, models);
      case MUTANTS -> DeclaredVariants.mutants(f, models);
      default -> {
        if (Names.isKnown(word, names)) yield List.of(f.variant(word));
        if (alone) throw BadInput.unknownName("variant of " + f.name(), word, names, "run --list");
        yield List.of();
      }
    };
  }

  private static String nothing(List<Family> families, String spec, String word, List<String> models) {
    String where = families.size() == 1 ? families.get(0).name() : "any family";
    if (word.equals(CORRECT) || word.equals(MUTANTS)) {
      return "no variant of " + where + " is declared " + (word.equals(CORRECT) ? "correct" : "violated")
          + " under " + String.join(", ", models);
    }
    TreeSet<String> all = new TreeSet<>();
    for (Family f : families) f.variants().forEach(v -> all.add(v.name()));
    return BadInput.unknownName("variant", spec, all, "run --list").getMessage();
  }

  /** The picks, one per family that has a picked variant, in the families' order. */
  List<Pick> picks() {
    return picks;
  }

  /** How many variants are picked in all. */
  int size() {
    return picks.stream().mapToInt(p -> p.variants().size()).sum();
  }

  /** One line naming the families where nothing was picked, or null if there are none. */
  String skipped() {
    if (without.isEmpty()) return null;
    String what = switch (spec.trim().toLowerCase(java.util.Locale.ROOT)) {
      case CORRECT -> "no variant declared correct";
      case MUTANTS -> "no mutant";
      default -> "no variant '" + spec + "'";
    };
    return what + " in " + String.join(", ", without) + " (skipped)";
  }
}
