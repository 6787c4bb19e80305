package minotaur.family;

import java.util.Objects;

/**
 * What a check of one variant must find, as data (in the spirit of jcstress's {@code @Outcome}):
 * the property {@link Verdict#HOLDS}, or is {@link Verdict#VIOLATED} (naming the PROPERTIES.md
 * property, e.g. {@code E1}, {@code X2}, {@code T5}), or the check is {@link
 * Verdict#INCONCLUSIVE} by design (it cannot decide: no scenario can bound the variant, or the
 * machine cannot show it). Every expectation says why; a violation also names the seed's source
 * line that the bug changes (or the line the mutant weakens).
 *
 * @param verdict what the check must find
 * @param property the PROPERTIES.md name violated, or null unless {@code VIOLATED}
 * @param reason why, in one phrase
 * @param seedLine the C line of the seed the bug is in (file, function: code), or null
 */
public record Expected(Verdict verdict, String property, String reason, String seedLine) {
  /** The verdict a decisive check must reach. */
  public enum Verdict { HOLDS, VIOLATED, INCONCLUSIVE }

  public Expected {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    if ((verdict == Verdict.VIOLATED) != (property != null)) {
      throw new IllegalArgumentException("a violated expectation names its property, no other does: " + reason);
    }
  }

  public static Expected holds(String reason) {
    return new Expected(Verdict.HOLDS, null, reason, null);
  }

  public static Expected violated(String property, String reason, String seedLine) {
    return new Expected(Verdict.VIOLATED, property, reason, seedLine);
  }

  public static Expected inconclusive(String reason) {
    return new Expected(Verdict.INCONCLUSIVE, null, reason, null);
  }

  /** {@code holds}, {@code violates X2} or {@code inconclusive}: the docs tables' cell word. */
  public String word() {
    return switch (verdict) {
      case HOLDS -> "holds";
      case VIOLATED -> "violates " + property;
      case INCONCLUSIVE -> "inconclusive";
    };
  }
}
