package minotaur.run;

import java.util.Map;

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
}
