package minotaur.run;

import java.util.Map;
import minotaur.history.BadInput;

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
