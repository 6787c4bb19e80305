package minotaur.test;

/**
 * The techniques {@code minotaur test} combines, cheapest and most decisive first: exhaustive
 * exploration of the family's scenarios (a proof within the stated bound), PCT random schedules of
 * the scenarios too large for it (a probabilistic guarantee per run), and stress runs of the
 * workload on real threads with its fault plan (what the real machine and JIT do).
 */
public enum Technique {
  EXHAUSTIVE("exhaustive"), PCT("pct"), STRESS("stress");

  private final String word;

  Technique(String word) {
    this.word = word;
  }

  /** The table and CLI word: {@code exhaustive}, {@code pct}, {@code stress}. */
  public String word() {
    return word;
  }
}
