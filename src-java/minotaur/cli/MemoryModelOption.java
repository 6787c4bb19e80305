package minotaur.cli;

import java.util.Arrays;
import minotaur.explore.MemoryModel;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --memory-model sc|tso|...}: the memory model the explorer runs a scenario under. */
public final class MemoryModelOption {
  @Option(names = "--memory-model", paramLabel = "MODEL", converter = MemoryModelOption.Converter.class,
      defaultValue = "sc", description = "Memory model: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); ra and rc11 explore execution graphs (docs/memory-models.md).",
      completionCandidates = MemoryModelOption.Candidates.class)
  MemoryModel memoryModel;

  /** The memory model named on the command line. */
  MemoryModel get() {
    return memoryModel;
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
