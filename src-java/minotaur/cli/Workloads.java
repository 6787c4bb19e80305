package minotaur.cli;

import java.util.List;
import minotaur.family.Variant;
import minotaur.history.BadInput;
import minotaur.run.Workload;
import minotaur.run.WorkloadOptions;

/**
 * Workloads by family name ({@code minotaur run <name>}), for the CLI and the Clojure API
 * ({@code minotaur.core/run!}): a facade over {@link Families}.
 */
public final class Workloads {
  private Workloads() {}

  /**
   * The workload of family {@code name} (or an old name of it) built for {@code options};
   * {@link BadInput} for an unknown name, IllegalArgumentException for a bad variant or option.
   */
  public static Workload create(String name, WorkloadOptions options) {
    return Families.named(name).workload(options);
  }

  /** The family names, sorted. */
  public static List<String> names() {
    return Families.names();
  }

  /** The CLI names of {@code name}'s variants, in the port's order; {@link BadInput} for an unknown name. */
  public static List<String> variants(String name) {
    return Families.named(name).variants().stream().map(Variant::name).toList();
  }
}
