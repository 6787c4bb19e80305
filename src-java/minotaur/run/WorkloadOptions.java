package minotaur.run;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import minotaur.history.BadInput;
import minotaur.history.DurationText;

/**
 * What a workload factory is given.
 *
 * @param variant the variant name as typed (parse with {@code minotaur.prim.Variants.parse}), or
 *     null for the workload's default
 * @param threads number of client threads (processes running at once)
 * @param seed seed of the run
 * @param extra workload-specific options ({@code -D key=value} on the command line)
 */
public record WorkloadOptions(String variant, int threads, long seed, Map<String, String> extra) {
  public WorkloadOptions {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    extra = Map.copyOf(extra);
  }

  public static WorkloadOptions of(String variant, int threads, long seed) {
    return new WorkloadOptions(variant, threads, seed, Map.of());
  }

  /** An extra option, or {@code dflt} when absent. */
  public String option(String key, String dflt) {
    return extra.getOrDefault(key, dflt);
  }

  /** An integer option, or {@code dflt}; {@link BadInput} naming the key if it is not one. */
  public int intOption(String key, int dflt) {
    return (int) number(key, dflt, Integer.MIN_VALUE, Integer.MAX_VALUE, "an integer");
  }

  /** A long option, or {@code dflt}; {@link BadInput} naming the key if it is not one. */
  public long longOption(String key, long dflt) {
    return number(key, dflt, Long.MIN_VALUE, Long.MAX_VALUE, "an integer");
  }

  /** A decimal option, or {@code dflt}; {@link BadInput} naming the key if it is not a number. */
  public double doubleOption(String key, double dflt) {
    String v = extra.get(key);
    if (v == null) return dflt;
    try {
      double d = Double.parseDouble(v.trim());
      if (Double.isFinite(d)) return d;
    } catch (NumberFormatException e) {
      // said below
    }
    throw new BadInput("option " + key + " must be a number, got '" + v + "'");
  }

  /** A boolean option ({@code true} or {@code false}), or {@code dflt}; {@link BadInput} otherwise. */
  public boolean booleanOption(String key, boolean dflt) {
    String v = extra.get(key);
    if (v == null) return dflt;
    if (v.trim().equalsIgnoreCase("true")) return true;
    if (v.trim().equalsIgnoreCase("false")) return false;
    throw new BadInput("option " + key + " must be true or false, got '" + v + "'");
  }

  /**
   * A duration option with its unit ({@code -D delay=50us}, read as the CLI's duration options
   * are), or {@code dflt}; {@link BadInput} naming the key and the expected form otherwise. The
   * result fits in a long of nanoseconds. {@code oldKey} is its spelling before durations took
   * units, a bare number of {@code oldUnit}s ({@code -D delay-us=50}): still read for one release,
   * with a deprecation line on standard error naming the new spelling.
   */
  public Duration durationOption(String key, Duration dflt, String oldKey, ChronoUnit oldUnit) {
    String v = extra.get(key);
    String old = extra.get(oldKey);
    if (v != null && old != null) {
      throw new BadInput("option " + key + " and its old spelling " + oldKey + " are both given; give only " + key);
    }
    if (old != null) {
      long n = number(oldKey, 0, 0, Long.MAX_VALUE, "a whole number of " + unit(oldUnit));
      String now = n + unit(oldUnit);
      System.err.println("minotaur: '-D " + oldKey + "=" + old + "' is deprecated, use '-D " + key + "=" + now
          + "' (the old name goes in the next release)");
      v = now;
    }
    if (v == null) return dflt;
    try {
      Duration d = DurationText.parse(v);
      d.toNanos();  // throws if it does not fit
      return d;
    } catch (BadInput | ArithmeticException e) {
      throw new BadInput(
          "option " + key + " must be a duration with its unit, e.g. 50us, 500ms or 10s, got '" + v + "'");
    }
  }

  private static String unit(ChronoUnit u) {
    return switch (u) {
      case NANOS -> "ns";
      case MICROS -> "us";
      case MILLIS -> "ms";
      case SECONDS -> "s";
      case MINUTES -> "m";
      case HOURS -> "h";
      default -> throw new IllegalArgumentException("no duration unit " + u);
    };
  }

  private long number(String key, long dflt, long min, long max, String what) {
    String v = extra.get(key);
    if (v == null) return dflt;
    try {
      long n = Long.parseLong(v.trim());
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // said below
    }
    throw new BadInput("option " + key + " must be " + what + ", got '" + v + "'");
  }
}
