package minotaur.explore;

import java.util.Locale;

/** The explorer that runs a scenario: its schedules of steps, or its execution graphs. */
public enum Engine {
  /** Every schedule of steps (DFS with sleep sets, a preemption bound, or PCT): SC and TSO. */
  INTERLEAVING,
  /** Every consistent execution graph once (TruSt, {@code minotaur.explore.graph}): SC, TSO, RA, RC11. */
  GRAPH;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The engine named {@code text} (case-insensitive); IllegalArgumentException otherwise. */
  public static Engine parse(String text) {
    for (Engine e : values()) {
      if (e.name().equalsIgnoreCase(text.trim())) return e;
    }
    throw new IllegalArgumentException("unknown engine '" + text + "'; expected interleaving or graph");
  }
}
