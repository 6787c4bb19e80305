package minotaur.history;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as people type it, a whole number and its unit: {@code 200us}, {@code 500ms},
 * {@code 10s}, {@code 2m}, {@code 1h}. One parser for every duration the user gives (command-line
 * options and workload options alike), so each takes the same units. A bare number is refused
 * rather than guessed: seconds in one option and milliseconds in another was the confusion this
 * ends.
 */
public final class DurationText {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,15})(ns|us|ms|s|m|h)");

  private DurationText() {}

  /** The duration {@code text} names; {@link BadInput} saying the expected form otherwise. */
  public static Duration parse(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      String hint = text.trim().matches("\\d+") ? " (add a unit: " + text.trim() + "s or " + text.trim() + "ms)" : "";
      throw new BadInput("bad duration '" + text + "': expected e.g. 500ms, 10s, 2m" + hint);
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
      throw new BadInput("duration '" + text + "' is too long");
    }
  }
}
