package minotaur.explore;

import java.time.Duration;

/**
 * How to explore: the memory model, the search (exhaustive DFS, optionally preemption-bounded, or
 * PCT random runs) and the limits. Immutable; the {@code with} methods return a copy.
 *
 * <p>Defaults: SC; exhaustive DFS with sleep-set reduction and no preemption bound; a depth bound
 * of {@value #DEFAULT_MAX_STEPS} steps per run (a run cut there makes the verdict inconclusive,
 * so the default never silently hides a schedule); at most {@value #DEFAULT_MAX_SCHEDULES}
 * schedules; PCT depth {@value #DEFAULT_PCT_DEPTH}; no spurious wakeups; the interleaving engine
 * (RA and RC11 run on the graph engine whatever {@code engine} says); no time limit (with one, an
 * exploration still running when it passes stops, inconclusive, saying how far it got); no
 * progress display (with it, on standard error: see {@link minotaur.progress.Progress}).
 */
public record ExploreOptions(MemoryModel model, int preemptionBound, boolean reduction, int maxSteps,
    long maxSchedules, int randomRuns, long seed, int pctDepth, boolean spuriousWakeups, Engine engine,
    Duration timeLimit, boolean progress) {
  public static final int DEFAULT_MAX_STEPS = 1000;
  public static final long DEFAULT_MAX_SCHEDULES = 1_000_000;
  public static final int DEFAULT_PCT_DEPTH = 3;

  public ExploreOptions {
    if (model == null) throw new IllegalArgumentException("no memory model");
    if (engine == null) throw new IllegalArgumentException("no engine");
    if (maxSteps < 1 || maxSchedules < 1 || randomRuns < 0 || pctDepth < 1) {
      throw new IllegalArgumentException("bounds must be positive");
    }
    if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
      throw new IllegalArgumentException("time limit must be positive");
    }
  }

  /** Options on the interleaving engine without a time limit or progress display. */
  public ExploreOptions(MemoryModel model, int preemptionBound, boolean reduction, int maxSteps,
      long maxSchedules, int randomRuns, long seed, int pctDepth, boolean spuriousWakeups) {
    this(model, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth, spuriousWakeups,
        Engine.INTERLEAVING, null, false);
  }

  /** Options without a time limit or progress display. */
  public ExploreOptions(MemoryModel model, int preemptionBound, boolean reduction, int maxSteps,
      long maxSchedules, int randomRuns, long seed, int pctDepth, boolean spuriousWakeups, Engine engine) {
    this(model, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth, spuriousWakeups,
        engine, null, false);
  }

  public static ExploreOptions defaults() {
    return new ExploreOptions(MemoryModel.SC, -1, true, DEFAULT_MAX_STEPS, DEFAULT_MAX_SCHEDULES, 0, 0,
        DEFAULT_PCT_DEPTH, false);
  }

  public ExploreOptions withModel(MemoryModel m) {
    return new ExploreOptions(m, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth,
        spuriousWakeups, engine, timeLimit, progress);
  }

  /** Exhaustive to at most {@code bound} preemptions ({@code -1}: unbounded). */
  public ExploreOptions withPreemptionBound(int bound) {
    return new ExploreOptions(model, bound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth,
        spuriousWakeups, engine, timeLimit, progress);
  }

  public ExploreOptions withReduction(boolean on) {
    return new ExploreOptions(model, preemptionBound, on, maxSteps, maxSchedules, randomRuns, seed, pctDepth,
        spuriousWakeups, engine, timeLimit, progress);
  }

  public ExploreOptions withMaxSteps(int steps) {
    return new ExploreOptions(model, preemptionBound, reduction, steps, maxSchedules, randomRuns, seed, pctDepth,
        spuriousWakeups, engine, timeLimit, progress);
  }

  public ExploreOptions withMaxSchedules(long schedules) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, schedules, randomRuns, seed, pctDepth,
        spuriousWakeups, engine, timeLimit, progress);
  }

  /** {@code runs} PCT runs from {@code seed} instead of exhaustive search. */
  public ExploreOptions withRandom(int runs, long seed) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, maxSchedules, runs, seed, pctDepth,
        spuriousWakeups, engine, timeLimit, progress);
  }

  public ExploreOptions withPctDepth(int depth) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, depth,
        spuriousWakeups, engine, timeLimit, progress);
  }

  /** Lets condvar, futex and Xen poll waits return spuriously at any step (POSIX allows it). */
  public ExploreOptions withSpuriousWakeups(boolean on) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth,
        on, engine, timeLimit, progress);
  }

  /**
   * Which explorer runs: schedules of steps, or execution graphs. RA and RC11 always run on
   * graphs, whatever this says.
   */
  public ExploreOptions withEngine(Engine e) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth,
        spuriousWakeups, e, timeLimit, progress);
  }

  /** The engine that runs: {@link Engine#GRAPH} for RA and RC11, else {@link #engine}. */
  public Engine effectiveEngine() {
    return model.graphOnly() ? Engine.GRAPH : engine;
  }

  /** Stops exploring (inconclusive) once {@code limit} has passed; null for no limit. */
  public ExploreOptions withTimeLimit(Duration limit) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth,
        spuriousWakeups, engine, limit, progress);
  }

  /** Shows progress on standard error (a bar on a terminal, else a line every few seconds). */
  public ExploreOptions withProgress(boolean on) {
    return new ExploreOptions(model, preemptionBound, reduction, maxSteps, maxSchedules, randomRuns, seed, pctDepth,
        spuriousWakeups, engine, timeLimit, on);
  }
}
