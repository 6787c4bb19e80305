package minotaur.report;

import java.util.Locale;
import minotaur.history.BadInput;

/** Human-readable durations and counts, locale-independent so reports and golden files agree. */
final class Durations {
  private Durations() {}

  /** Nanoseconds in the largest unit that keeps the number above 1: "850 ns", "12.3 µs", "4.567 ms", "2.500 s". */
  static String format(long nanos) {
    long a = Math.abs(nanos);
    if (a < 1_000) return nanos + " ns";
    if (a < 1_000_000) return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    if (a < 1_000_000_000) return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
  }

  /** Nanoseconds as milliseconds with three decimals, the timeline's time column. */
  static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
  }

  /** A count with thousands separators: 1,000,000. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * Parses a time such as {@code 250ms}, {@code 1.5s}, {@code 30us}, {@code 10000ns} into
   * nanoseconds, or returns -1 if the text has no unit (an index, for the caller).
   *
   * @throws BadInput for a malformed time
   */
  static long parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    String[] units = {"ns", "us", "µs", "ms", "s", "m"};
    double[] scale = {1, 1e3, 1e3, 1e6, 1e9, 60e9};
    for (int i = 0; i < units.length; i++) {
      if (t.endsWith(units[i])) {  // two-letter units come first, so "ms" is never read as "s"
        String num = t.substring(0, t.length() - units[i].length()).strip();
        try {
          double v = Double.parseDouble(num);
          if (v < 0 || Double.isNaN(v)) throw new NumberFormatException();
          return Math.round(v * scale[i]);
        } catch (NumberFormatException e) {
          throw new BadInput("bad time '" + text + "' (expected e.g. 250ms, 1.5s, 30us)");
        }
      }
    }
    return -1;
  }
}
