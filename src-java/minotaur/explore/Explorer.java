package minotaur.explore;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.strategy.DfsStrategy;
import minotaur.explore.strategy.PctStrategy;
import minotaur.explore.strategy.ReplayStrategy;
import minotaur.explore.strategy.Strategy;
import minotaur.progress.Progress;

/**
 * Explores the schedules of a {@link Scenario} (see the package comment for how), or, with the
 * graph engine (always for RA and RC11), its consistent execution graphs ({@link GraphExplorer}).
 * Not thread-safe
 * per call, but explorations in different threads are independent.
 */
public final class Explorer {
  private Explorer() {}

  /**
   * Explores {@code scenario} as {@code options} say; stops at the first failure, or inconclusive
   * at the schedule or time limit (checked between schedules).
   */
  public static ExploreResult explore(Scenario scenario, ExploreOptions options) {
    if (options.effectiveEngine() == Engine.GRAPH) return GraphExplorer.explore(scenario, options);
    boolean pct = options.randomRuns() > 0;
    Strategy strategy = pct
        ? new PctStrategy(options.seed(), options.randomRuns(), options.pctDepth())
        : new DfsStrategy(options.preemptionBound(), options.reduction());
    long start = System.nanoTime();
    Pacer pacer = new Pacer(start, options.timeLimit());
    long complete = 0;
    long pruned = 0;
    long cut = 0;
    int deepest = 0;
    boolean limitHit = false;
    boolean timeHit = false;
    Map<String, Long> outcomes = new TreeMap<>();
    try (Workers workers = new Workers();
        Progress progress = Progress.open(options.progress(), scenario.name() + " " + options.model().cliName(),
            "schedules", pct ? options.randomRuns() : 0)) {
      while (true) {
        Run run = new Run(scenario, options.model(), options.spuriousWakeups(), workers, false);
        Run.Result result = run.drive(strategy, options.maxSteps());
        switch (result.end()) {
          case PRUNED -> pruned++;
          case CUT -> cut++;
          default -> complete++;
        }
        deepest = Math.max(deepest, run.steps());
        if (result.outcome() != null) outcomes.merge(result.outcome(), 1L, Long::sum);
        if (result.failed()) {
          ReplayToken token = new ReplayToken(scenario.name(), options.model(), options.spuriousWakeups(),
              run.choices().toArray());
          Failure failure = reproduce(scenario, token, workers, result);
          return new ExploreResult(ExploreResult.Verdict.FAIL, scenario.name(), options.model(),
              strategy.bound(), complete, pruned, cut, false, options.maxSteps(), failure,
              Collections.unmodifiableMap(outcomes), since(start), false, deepest, strategy.explored());
        }
        if (complete + pruned + cut >= options.maxSchedules()) {
          limitHit = true;
          break;
        }
        if (!strategy.next(run.steps())) break;
        long now = System.nanoTime();
        if (pacer.timeUp(now)) {
          timeHit = true;
          break;
        }
        if (pacer.progressDue(now)) {
          progress.stepTo(complete + pruned + cut);
          progress.status((pct ? "pct" : "dfs") + ", depth " + run.steps() + ", deepest " + deepest
              + (pct ? "" : ", " + ExploreResult.progressText(strategy.explored())));
        }
      }
    }
    ExploreResult.Verdict verdict = limitHit || timeHit || cut > 0 ? ExploreResult.Verdict.INCONCLUSIVE
        : ExploreResult.Verdict.PASS;
    return new ExploreResult(verdict, scenario.name(), options.model(), strategy.bound(), complete, pruned,
        cut, limitHit, options.maxSteps(), null, Collections.unmodifiableMap(outcomes), since(start),
        timeHit, deepest, strategy.explored());
  }

  /**
   * Runs the one schedule of {@code token} with a full trace. FAIL with the failure it reproduces,
   * or PASS if that schedule passes; IllegalArgumentException if the token is not a complete
   * schedule of this scenario.
   */
  public static ExploreResult replay(Scenario scenario, ReplayToken token) {
    if (!token.scenario().equals(scenario.name())) {
      throw new IllegalArgumentException("replay token is for scenario " + token.scenario() + ", not " + scenario.name());
    }
    if (token.graph() != null) return GraphExplorer.replay(scenario, token);
    long start = System.nanoTime();
    try (Workers workers = new Workers()) {
      Run run = new Run(scenario, token.model(), token.spuriousWakeups(), workers, true);
      ReplayStrategy strategy = new ReplayStrategy(token.choices());
      Run.Result result = run.drive(strategy, Integer.MAX_VALUE);
      if (!strategy.used()) {
        throw new IllegalArgumentException("replay token has choices left after the run of "
            + scenario.name() + " ended: it is not a schedule of this scenario");
      }
      Failure failure = result.failed()
          ? new Failure(result.kind(), result.message(), token.toString(), run.trace(), run.history(), run.visits())
          : null;
      Map<String, Long> outcomes = result.outcome() == null ? Map.of() : Map.of(result.outcome(), 1L);
      return new ExploreResult(failure == null ? ExploreResult.Verdict.PASS : ExploreResult.Verdict.FAIL,
          scenario.name(), token.model(), "replay of one schedule", 1, 0, 0, false, Integer.MAX_VALUE,
          failure, outcomes, since(start));
    }
  }

  /** Re-runs a failing schedule with tracing on; it must fail the same way. */
  private static Failure reproduce(Scenario scenario, ReplayToken token, Workers workers, Run.Result expected) {
    Run run = new Run(scenario, token.model(), token.spuriousWakeups(), workers, true);
    Run.Result again = run.drive(new ReplayStrategy(token.choices()), Integer.MAX_VALUE);
    if (again.kind() != expected.kind() || !again.message().equals(expected.message())) {
      throw new IllegalStateException("scenario " + scenario.name() + " is not deterministic: schedule "
          + token + " failed with '" + expected.message() + "', then with '" + again.message() + "'");
    }
    return new Failure(again.kind(), again.message(), token.toString(), run.trace(), run.history(), run.visits());
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
