package minotaur.prim.exclusive;

import minotaur.run.WorkloadOptions;

/** Numeric workload options ({@code -D key=value}) of the mutual-exclusion workloads. */
public final class NumberOptions {
  private NumberOptions() {}

  /** An integer option, or {@code dflt}; IllegalArgumentException naming the key otherwise. */
  public static int intOption(WorkloadOptions o, String key, int dflt) {
    String v = o.option(key, null);
    if (v == null) return dflt;
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + key + " must be an integer, got '" + v + "'");
    }
  }

  /** A decimal option, or {@code dflt}; IllegalArgumentException naming the key otherwise. */
  public static double doubleOption(WorkloadOptions o, String key, double dflt) {
    String v = o.option(key, null);
    if (v == null) return dflt;
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + key + " must be a number, got '" + v + "'");
    }
  }
}
