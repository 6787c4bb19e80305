package minotaur.prim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import minotaur.history.BadInput;

/**
 * Variant names on the command line: case-insensitive, dashes or underscores ({@code seed},
 * {@code no-has-waiter}, {@code NO_HAS_WAITER} all name enum constants).
 */
public final class Variants {
  private Variants() {}

  /** The variant named by {@code text}; {@link BadInput} listing the valid names otherwise. */
  public static <E extends Enum<E>> E parse(Class<E> type, String text) {
    return parse(type, text, "variant");
  }

  /** The constant named by {@code text}, a {@code kind} of name; {@link BadInput} listing the valid ones otherwise. */
  public static <E extends Enum<E>> E parse(Class<E> type, String text, String kind) {
    String wanted = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(wanted)) return e;
    }
    throw new BadInput("unknown " + kind + " '" + text + "'; expected one of " + names(type));
  }

  /** The CLI name of a constant: lower case with dashes ({@code NO_HAS_WAITER} → {@code no-has-waiter}). */
  public static String cliName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** All CLI names of an enum, comma separated. */
  public static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Variants::cliName).collect(Collectors.joining(", "));
  }
}
