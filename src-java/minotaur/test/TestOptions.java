package minotaur.test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import minotaur.explore.MemoryModel;

/**
 * How {@code minotaur test} checks one variant. Immutable; the {@code with} methods return a copy.
 *
 * @param budget the time for the whole check of one variant, shared among the techniques
 * @param models the memory models to explore under, in order (default: every model the explorer
 *     has, {@link MemoryModel#values()})
 * @param seed first seed of the PCT schedules and of the stress runs
 * @param allFindings go on after the first violation and report every one
 * @param techniques the techniques to use (default all; {@code bench detect} times each alone)
 * @param stressRuns at least this many stress runs (seeds {@code seed, seed + 1, ...}), more when
 *     the variant declares a run check with more attempts
 * @param out the directory for stress runs' histories, or null to keep them in memory
 * @param stressFaults where stress runs place their delays: at the hot points of the variant's
 *     scenarios ({@link StressFaults#AIMED}, default) or wherever the workload's plan says
 */
public record TestOptions(Duration budget, List<MemoryModel> models, long seed, boolean allFindings,
    Set<Technique> techniques, int stressRuns, Path out, StressFaults stressFaults) {
  /** The fault plan of stress runs: the workload's own, or aimed at hot points ({@link AimedPlan}). */
  public enum StressFaults {
    UNIFORM, AIMED;

    /** The CLI word: {@code uniform} or {@code aimed}. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);
  public static final int DEFAULT_STRESS_RUNS = 6;

  public TestOptions {
    Objects.requireNonNull(budget, "budget");
    if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("the budget must be positive");
    if (models.isEmpty()) throw new IllegalArgumentException("no memory model");
    if (techniques.isEmpty()) throw new IllegalArgumentException("no technique");
    if (stressRuns < 1) throw new IllegalArgumentException("stress runs must be >= 1");
    Objects.requireNonNull(stressFaults, "stressFaults");
    models = List.copyOf(models);
    techniques = Set.copyOf(techniques);
  }

  /**
   * 30 s, every memory model, seed 1, first finding only, every technique, 6 stress runs with aimed
   * faults, histories/runs.
   */
  public static TestOptions defaults() {
    return new TestOptions(DEFAULT_BUDGET, Arrays.asList(MemoryModel.values()), 1, false,
        EnumSet.allOf(Technique.class), DEFAULT_STRESS_RUNS, Path.of("histories", "runs"), StressFaults.AIMED);
  }

  public TestOptions withBudget(Duration d) {
    return new TestOptions(d, models, seed, allFindings, techniques, stressRuns, out, stressFaults);
  }

  public TestOptions withModels(List<MemoryModel> ms) {
    return new TestOptions(budget, ms, seed, allFindings, techniques, stressRuns, out, stressFaults);
  }

  public TestOptions withSeed(long s) {
    return new TestOptions(budget, models, s, allFindings, techniques, stressRuns, out, stressFaults);
  }

  public TestOptions withAllFindings(boolean on) {
    return new TestOptions(budget, models, seed, on, techniques, stressRuns, out, stressFaults);
  }

  public TestOptions withTechniques(Set<Technique> ts) {
    return new TestOptions(budget, models, seed, allFindings, ts, stressRuns, out, stressFaults);
  }

  public TestOptions withStressRuns(int n) {
    return new TestOptions(budget, models, seed, allFindings, techniques, n, out, stressFaults);
  }

  /** Histories of stress runs under {@code dir}; null keeps them in memory. */
  public TestOptions withOut(Path dir) {
    return new TestOptions(budget, models, seed, allFindings, techniques, stressRuns, dir, stressFaults);
  }

  public TestOptions withStressFaults(StressFaults f) {
    return new TestOptions(budget, models, seed, allFindings, techniques, stressRuns, out, f);
  }
}
