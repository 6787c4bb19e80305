package minotaur.explore;

import java.util.Locale;

/** The memory model of one exploration. */
public enum MemoryModel {
  /** Sequential consistency: every access takes effect at once. */
  SC,
  /** x86-TSO: per-thread FIFO store buffers, flushed when the explorer chooses. */
  TSO;

  MemorySystem newMemory(int threads) {
    return this == SC ? new ScMemory() : new TsoMemory(threads);
  }

  /** The CLI and token name: {@code sc}, {@code tso}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The model named {@code text} (case-insensitive); IllegalArgumentException otherwise. */
  public static MemoryModel parse(String text) {
    for (MemoryModel m : values()) {
      if (m.name().equalsIgnoreCase(text.trim())) return m;
    }
    throw new IllegalArgumentException("unknown memory model '" + text + "'; expected sc or tso");
  }
}
