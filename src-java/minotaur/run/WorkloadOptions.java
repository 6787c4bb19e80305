package minotaur.run;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * @param extra workload-specific options ({@code -D key=value} on the command line), read through
 *     the workload's declarations ({@link WorkloadOption}), which also say which keys it knows
 */
public record WorkloadOptions(String variant, int threads, long seed, Map<String, String> extra) {
  public WorkloadOptions {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    extra = Map.copyOf(extra);
  }

  public static WorkloadOptions of(String variant, int threads, long seed) {
    return new WorkloadOptions(variant, threads, seed, Map.of());
  }

  /** Nothing if {@code workload} knows every key given; {@link BadInput} naming the first it does not otherwise. */
  public void requireKnown(String workload, List<WorkloadOption> known) {
    WorkloadOption.requireKnown(workload, known, extra);
  }

  /** The value of {@code o} as typed, or its default when absent. */
  public String option(WorkloadOption o) {
    return extra.getOrDefault(o.key(), o.dflt());
  }

  /** An integer option, or its default; {@link BadInput} naming the key if it is not one. */
  public int intOption(WorkloadOption o) {
    return (int) number(o.key(), option(o), Integer.MIN_VALUE, Integer.MAX_VALUE, "an integer");
  }

  /** A decimal option, or its default; {@link BadInput} naming the key if it is not a number. */
  public double doubleOption(WorkloadOption o) {
    String v = option(o);
    try {
      double d = Double.parseDouble(v.trim());
      if (Double.isFinite(d)) return d;
    } catch (NumberFormatException e) {
      // said below
    }
    throw new BadInput("option " + o.key() + " must be a number, got '" + v + "'");
  }

  /** A probability option (a number from 0 to 1), or its default; {@link BadInput} naming the key otherwise. */
  public double probabilityOption(WorkloadOption o) {
    double p = doubleOption(o);
    if (p >= 0 && p <= 1) return p;
    throw new BadInput("option " + o.key() + " must be a probability from 0 to 1, got '" + option(o) + "'");
  }

  /** A boolean option ({@code true} or {@code false}), or its default; {@link BadInput} otherwise. */
  public boolean booleanOption(WorkloadOption o) {
    String v = option(o);
    if (v.trim().equalsIgnoreCase("true")) return true;
    if (v.trim().equalsIgnoreCase("false")) return false;
    throw new BadInput("option " + o.key() + " must be true or false, got '" + v + "'");
  }

  /**
   * A duration option with its unit ({@code -D delay=50us}, read as the CLI's duration options
   * are), or its default; {@link BadInput} naming the key and the expected form otherwise. The
   * result fits in a long of nanoseconds. Its old key ({@link WorkloadOption#oldKey()}), a bare
   * number of the old unit ({@code -D delay-us=50}), is still read for one release, with a
   * deprecation line on standard error naming the new spelling.
   */
  public Duration durationOption(WorkloadOption o) {
    String key = o.key();
    String v = extra.get(key);
    String old = o.oldKey() == null ? null : extra.get(o.oldKey());
    if (v != null && old != null) {
      throw new BadInput("option " + key + " and its old spelling " + o.oldKey() + " are both given; give only " + key);
    }
    if (old != null) {
      long n = number(o.oldKey(), old, 0, Long.MAX_VALUE, "a whole number of " + unit(o.oldUnit()));
      String now = n + unit(o.oldUnit());
      System.err.println("minotaur: '-D " + o.oldKey() + "=" + old + "' is deprecated, use '-D " + key + "=" + now
          + "' (the old name goes in the next release)");
      v = now;
    }
    if (v == null) v = o.dflt();
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

  private static long number(String key, String v, long min, long max, String what) {
    try {
      long n = Long.parseLong(v.trim());
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // said below
    }
    throw new BadInput("option " + key + " must be " + what + ", got '" + v + "'");
  }
}
