package minotaur.cli;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import minotaur.explore.MemoryModel;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --memory-model sc|tso|...}: the memory model the explorer runs a scenario under; {@link
 * Several} is the same option for a command that checks under several ({@code --memory-model
 * sc,tso}). Every command spells and parses it the same way: an unknown name is bad usage (exit 3)
 * naming the closest known ones.
 */
public final class MemoryModelOption {
  @Option(names = "--memory-model", paramLabel = "MODEL", converter = MemoryModelOption.Converter.class,
      defaultValue = "sc", description = "Memory model: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); ra and rc11 explore execution graphs (docs/memory-models.md).",
      completionCandidates = MemoryModelOption.Candidates.class)
  MemoryModel memoryModel;

  /** The memory model named on the command line. */
  MemoryModel get() {
    return memoryModel;
  }

  /** {@code --memory-model sc,tso}: a comma-separated list; none given means every model of the explorer. */
  public static final class Several {
    @Option(names = "--memory-model", paramLabel = "MODEL", split = ",", converter = MemoryModelOption.Converter.class,
        description = "Memory models, comma-separated: ${COMPLETION-CANDIDATES} (default every one).",
        completionCandidates = MemoryModelOption.Candidates.class)
    List<MemoryModel> models;

    /** The models named, in order and without repeats, or every model if none was. */
    List<MemoryModel> get() {
      if (models == null || models.isEmpty()) return List.of(MemoryModel.values());
      return List.copyOf(new LinkedHashSet<>(models));
    }

    /** The CLI names of {@link #get()}. */
    List<String> names() {
      return get().stream().map(MemoryModel::cliName).toList();
    }
  }

  /** Names as {@link MemoryModel#cliName()}; an unknown one says which are known. */
  static final class Converter implements picocli.CommandLine.ITypeConverter<MemoryModel> {
    @Override
    public MemoryModel convert(String text) {
      try {
        String name = Names.require("memory model", text, new Candidates(), null);
        return Arrays.stream(MemoryModel.values()).filter(m -> m.cliName().equals(name)).findFirst().orElseThrow();
      } catch (minotaur.history.BadInput e) {
        throw new TypeConversionException(e.getMessage() + " (known: " + String.join(", ", new Candidates()) + ")");
      }
    }
  }

  /** The CLI names of the memory models. */
  static final class Candidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Arrays.stream(MemoryModel.values()).map(MemoryModel::cliName).iterator();
    }
  }
}
