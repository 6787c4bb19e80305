package minotaur.family;

import java.util.List;
import minotaur.explore.ExploreOptions;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.history.BadInput;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * A family's descriptor: everything the engines and the CLI need to know about one ported
 * primitive, so that they name no family themselves. One name everywhere: the CLI workload
 * ({@code minotaur run <name>}), the scenario prefix ({@code <name>/<variant>/<shape>}), the
 * package ({@code minotaur.prim.<name without dashes>}) and the docs.
 *
 * <p>A descriptor declares its variants with their expected verdict under every memory model (as
 * data: {@link Variant}, {@link Expected}), the PROPERTIES.md properties its checks cover, the
 * workload factory for the stress runner, and its explorer scenarios with the bounds under which
 * each is decisive. The registry of families is {@code minotaur.cli.Families}.
 */
public interface Family {
  /**
   * The memory models every variant declares an expectation for, by the explorer's CLI names. The
   * explorer may support fewer ({@link MemoryModel#values()}); checks skip the others.
   */
  List<String> MEMORY_MODELS = List.of("sc", "tso", "ra", "rc11");

  /** The one family name ({@code aio}, {@code qemu-event}). */
  String name();

  /** Names of earlier releases that still resolve, with a deprecation line ({@code aio-notify}). */
  default List<String> aliases() {
    return List.of();
  }

  /** The seed number(s) the family ports ({@code 001}), as in /work/shared/seeds and BUGS.md. */
  String seed();

  /** What the family ports, one line. */
  String summary();

  /** The PROPERTIES.md properties its checks cover ({@code A1}, {@code A2}, ...). */
  List<String> properties();

  /** Every variant, in the order of the port's variant enum. */
  List<Variant> variants();

  /**
   * The workload for one stress run; {@link BadInput} for a bad variant, an option it does not
   * know ({@link #workloadOptions()}) or a bad option value.
   */
  Workload workload(WorkloadOptions options);

  /** The {@code -D key=value} options its workload knows and reads; any other key is bad input. */
  List<WorkloadOption> workloadOptions();

  /** Its explorer scenarios, named {@code <name>/<variant>/<shape>} (every name unique). */
  List<Scenario> scenarios();

  /**
   * The options under which {@code scenario}'s verdict under {@code model} is decisive in the
   * default suite: exhaustive by default; a family bounds preemptions or samples (PCT) for shapes
   * too large to search in full, and says so in the verdict's bound.
   */
  default ExploreOptions bounds(Scenario scenario, MemoryModel model) {
    return ExploreOptions.defaults().withModel(model);
  }

  /** The variant called {@code name} (case-insensitive, dashes or underscores); {@link BadInput} otherwise. */
  default Variant variant(String name) {
    String wanted = name.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    for (Variant v : variants()) {
      if (v.name().equals(wanted)) return v;
    }
    throw BadInput.unknownName("variant of " + name(), name, variants().stream().map(Variant::name).toList(),
        "run --list");
  }

  /** {@code variant}'s scenarios: those named {@code <name>/<variant>/...}. */
  default List<Scenario> scenarios(Variant variant) {
    String prefix = name() + "/" + variant.name() + "/";
    return scenarios().stream().filter(s -> s.name().startsWith(prefix)).toList();
  }
}
