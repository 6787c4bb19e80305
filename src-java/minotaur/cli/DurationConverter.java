package minotaur.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every duration option of every command: a whole number and a unit, as people type them
 * ({@code 200us}, {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}). A bare number is refused
 * rather than guessed: seconds in one option and milliseconds in another was the confusion this
 * converter ends.
 */
public final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,15})(ns|us|ms|s|m|h)");

  @Override
  public Duration convert(String text) {
    return parse(text);
  }

  /** The duration {@code text} names; a {@link TypeConversionException} (exit 3) otherwise. */
  public static Duration parse(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      String hint = text.trim().matches("\\d+") ? " (add a unit: " + text.trim() + "s or " + text.trim() + "ms)" : "";
      throw new TypeConversionException("bad duration '" + text + "': expected e.g. 500ms, 10s, 2m" + hint);
    }
    long v = Long.parseLong(m.group(1));
    try {
      switch (m.group(2)) {
        case "ns": return Duration.ofNanos(v);
        case "us": return Duration.ofNanos(Math.multiplyExact(v, 1000L));
        case "ms": return Duration.ofMillis(v);
        case "s": return Duration.ofSeconds(v);
        case "m": return Duration.ofMinutes(v);
        default: return Duration.ofHours(v);
      }
    } catch (ArithmeticException e) {
      throw new TypeConversionException("duration '" + text + "' is too long");
    }
  }
}
