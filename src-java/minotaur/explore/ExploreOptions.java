package minotaur.explore;

/**
 * How to explore: the memory model, the search (exhaustive DFS, optionally preemption-bounded, or
 * PCT random runs) and the limits. Immutable; the {@code with} methods return a copy.
 *
 * <p>Defaults: SC; exhaustive DFS with sleep-set reduction and no preemption bound; a depth bound
 * of {@value #DEFAULT_MAX_STEPS} steps per run (a run cut there makes the verdict inconclusive,
 * so the default never silently hides a schedule); at most {@value #DEFAULT_MAX_SCHEDULES}
 * schedules; PCT depth {@value #DEFAULT_PCT_DEPTH}; no spurious wakeups; the interleaving engine
 * (RA and RC11 run on the graph engine whatever {@code engine} says).
 */
public record ExploreOptions(MemoryModel model, int preemptionBound, boolean reduction, int maxSteps,
    long maxSchedules, int randomRuns, long seed, int pctDepth, boolean spuriousWakeups, Engine engine) {
  public static final int DEFAULT_MAX_STEPS = 1000;
  public static final long DEFAULT_MAX_SCHEDULES = 1_000_000;
  public static final int DEFAULT_PCT_DEPTH = 3;

  public ExploreOptions {
    if (model == null) throw new IllegalArgumentException("no memory model");
    if (engine == null) throw new IllegalArgumentException("no engine");
    if (maxSteps < 1 || maxSchedules < 1 || randomRuns < 0 || pctDepth < 1) {
      throw new IllegalArgumentException("bounds must be positive");
    }
  }

  public static ExploreOptions defaults() {
    return new ExploreOptions(MemoryModel.SC, -1, true, DEFAULT_MAX_STEPS, DEFAULT_MAX_SCHEDULES, 0, 0,
        DEFAULT_PCT_DEPTH, false, Engine.INTERLEAVING);
  }

  public ExploreOptions withModel(MemoryModel m) {
    return new ExploreOptions(m, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth, spuriousWakeups, engine);
  }

  /** Exhaustive to at most {@code bound} preemptions ({@code -1}: unbounded). */
  public ExploreOptions withPreemptionBound(int bound) {
    return new ExploreOptions(model, bound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth, spuriousWakeups, engine);
  }

  public ExploreOptions withReduction(boolean on) {
    return new ExploreOptions(model, preemptionBound, on, maxSteps, maxSchedules, randomRuns, seed, pctDepth, spuriousWakeups, engine);
  }

  public ExploreOptions withMaxSteps(int steps) {
    return new ExploreOptions(model, preemptionBound, reduction, steps, maxSchedules, randomRuns, seed, pctDepth, spuriousWakeups, engine);
  }

  public ExploreOptions withMaxSchedules(long schedules) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, schedules, randomRuns, seed, pctDepth, spuriousWakeups, engine);
  }

  /** {@code runs} PCT runs from {@code seed} instead of exhaustive search. */
  public ExploreOptions withRandom(int runs, long seed) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, maxSchedules, runs, seed, pctDepth, spuriousWakeups, engine);
  }

  public ExploreOptions withPctDepth(int depth) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, depth, spuriousWakeups, engine);
  }

  /**
   * Which explorer runs: schedules of steps, or execution graphs. RA and RC11 always run on
   * graphs, whatever this says.
   */
  public ExploreOptions withEngine(Engine e) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth, spuriousWakeups, e);
  }

  /** The engine that runs: {@link Engine#GRAPH} for RA and RC11, else {@link #engine}. */
  public Engine effectiveEngine() {
    return model.graphOnly() ? Engine.GRAPH : engine;
  }

  /** Lets condvar, futex and Xen poll waits return spuriously at any step (POSIX allows it). */
  public ExploreOptions withSpuriousWakeups(boolean on) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth, on, engine);
  }
}
