package minotaur.test;

import java.util.List;
import minotaur.family.Expected;
import minotaur.family.Family;
import minotaur.family.Variant;

/**
 * A family's variants picked by their declarations under the memory models a check covers (as
 * {@link Declared} reads them): the mutants, declared violated under one of the models or in their
 * stress run; the correct ones, declared to hold under at least one of the models or in their run
 * and violated under none (a variant inconclusive everywhere is neither).
 */
public final class DeclaredVariants {
  private DeclaredVariants() {}

  /** Variants of {@code f} declared violated under one of {@code models} (CLI names) or in their stress run. */
  public static List<Variant> mutants(Family f, List<String> models) {
    return f.variants().stream().filter(v -> Declared.of(v, models).violated()).toList();
  }

  /** Variants of {@code f} declared to hold under {@code models} and in their stress run, violated nowhere there. */
  public static List<Variant> correct(Family f, List<String> models) {
    return f.variants().stream().filter(v -> !Declared.of(v, models).violated() && holdsSomewhere(v, models)).toList();
  }

  private static boolean holdsSomewhere(Variant v, List<String> models) {
    boolean run = v.runExpected() != null && v.runExpected().verdict() == Expected.Verdict.HOLDS;
    return run || models.stream().anyMatch(m -> Family.MEMORY_MODELS.contains(m)
        && v.expected(m).verdict() == Expected.Verdict.HOLDS);
  }
}
