package minotaur.explore;

import java.util.Locale;
import minotaur.explore.memory.MemorySystem;
import minotaur.explore.memory.ScMemory;
import minotaur.explore.memory.TsoMemory;

/** The memory model of one exploration. */
public enum MemoryModel {
  /** Sequential consistency: every access takes effect at once. */
  SC,
  /** x86-TSO: per-thread FIFO store buffers, flushed when the explorer chooses. */
  TSO,
  /** Release/acquire: RC11 with every read at least acquire and every write at least release (graph engine only). */
  RA,
  /** RC11 (Lahav et al., PLDI 2017), the repaired C11 model, with data races (graph engine only). */
  RC11;

  /** The interleaving engine's memory for this model; RA and RC11 have none. */
  MemorySystem newMemory(int threads) {
    return switch (this) {
      case SC -> new ScMemory();
      case TSO -> new TsoMemory(threads);
      case RA, RC11 -> throw new IllegalStateException(this + " is explored on execution graphs only");
    };
  }

  /** Whether only the graph engine explores this model. */
  public boolean graphOnly() {
    return this == RA || this == RC11;
  }

  /** The model's consistency predicate for the graph engine. */
  minotaur.explore.graph.Model graphModel() {
    return minotaur.explore.graph.Model.valueOf(name());
  }

  /** The CLI and token name: {@code sc}, {@code tso}, {@code ra}, {@code rc11}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The model named {@code text} (case-insensitive); IllegalArgumentException otherwise. */
  public static MemoryModel parse(String text) {
    for (MemoryModel m : values()) {
      if (m.name().equalsIgnoreCase(text.trim())) return m;
    }
    throw new IllegalArgumentException("unknown memory model '" + text + "'; expected sc, tso, ra or rc11");
  }
}
