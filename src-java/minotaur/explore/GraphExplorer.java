package minotaur.explore;

import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import minotaur.explore.graph.Trust;
import minotaur.explore.memory.GraphMemory;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.strategy.GraphStrategy;
import minotaur.progress.Progress;

/**
 * Explores a scenario's consistent execution graphs under its model ({@link Trust}), one run of
 * the scenario per graph, on the same {@link Run} and worker machinery as the interleaving
 * explorer. An execution the engine cut short (a replayed thread blocked, a spin loop, no
 * consistent choice) counts as blocked, whatever its threads did after the cut; a complete one
 * is checked as every run is (assertions, blocked threads, invariants), then, under RC11, for
 * data races (the first is kept and reported apart; exploring goes on). The first failure is replayed from its token with a trace that ends with every
 * read's write and the writes it missed.
 */
final class GraphExplorer {
  private GraphExplorer() {}

  static ExploreResult explore(Scenario scenario, ExploreOptions options) {
    if (options.randomRuns() > 0 || options.preemptionBound() >= 0) {
      throw new IllegalArgumentException("the graph engine explores every execution graph: it takes no "
          + "random runs or preemption bound");
    }
    MemoryModel model = options.model();
    Trust trust = new Trust(model.graphModel());
    long start = System.nanoTime();
    Pacer pacer = new Pacer(start, options.timeLimit());
    long complete = 0;
    long blocked = 0;
    long cut = 0;
    long duplicates = 0;
    boolean limitHit = false;
    boolean timeHit = false;
    int deepest = 0;
    Set<String> seen = new HashSet<>();
    Failure race = null;
    Map<String, Long> outcomes = new TreeMap<>();
    String bound = "every consistent execution graph";
    try (Workers workers = new Workers();
        Progress progress = Progress.open(options.progress(), scenario.name() + " " + model.cliName(),
            "graphs", 0)) {
      while (trust.begin()) {
        Run run = new Run(scenario, model, options.spuriousWakeups(), workers, false, new GraphMemory(trust));
        Run.Result result = run.drive(new GraphStrategy(trust), options.maxSteps());
        deepest = Math.max(deepest, run.steps());
        if (trust.error() != null) {
          // E.g. a harness whose threads share plain Java fields: a re-run may not retrace the
          // graph it is given. Undecided, not a crash: what was explored so far is reported.
          return new ExploreResult(ExploreResult.Verdict.INCONCLUSIVE, scenario.name(), model,
              "every consistent execution graph, stopped after " + complete + ": " + trust.error(), complete, 0,
              cut, false, options.maxSteps(), null, Collections.unmodifiableMap(outcomes), since(start), blocked,
              duplicates, race);
        }
        if (trust.cut() != null) {
          blocked++;
        } else if (result.end() == Run.End.CUT) {
          cut++;
        } else {
          complete++;
          if (!seen.add(trust.key())) duplicates++;
          if (result.outcome() != null) outcomes.merge(result.outcome(), 1L, Long::sum);
          if (race == null && result.end() == Run.End.FINISHED && !result.failed()) {
            Run.Result raced = verdict(trust, model, result);
            if (raced.failed()) {
              race = reproduce(scenario, ReplayToken.ofGraph(scenario.name(), model, options.spuriousWakeups(),
                  trust.token()), workers, raced);
            }
          }
          if (result.failed()) {
            ReplayToken token = ReplayToken.ofGraph(scenario.name(), model, options.spuriousWakeups(), trust.token());
            Failure failure = reproduce(scenario, token, workers, result);
            return new ExploreResult(ExploreResult.Verdict.FAIL, scenario.name(), model, bound, complete, 0, cut,
                false, options.maxSteps(), failure, Collections.unmodifiableMap(outcomes), since(start), blocked,
                duplicates, race);
          }
        }
        if (complete + blocked + cut >= options.maxSchedules()) {
          limitHit = true;
          break;
        }
        long now = System.nanoTime();
        if (pacer.timeUp(now)) {
          timeHit = true;
          break;
        }
        if (pacer.progressDue(now)) {
          progress.stepTo(complete + blocked + cut);
          progress.status(blocked + " blocked, depth " + run.steps() + ", deepest " + deepest
              + ", " + trust.pending() + " graphs waiting");
        }
      }
    }
    ExploreResult.Verdict verdict = limitHit || timeHit || cut > 0 ? ExploreResult.Verdict.INCONCLUSIVE
        : ExploreResult.Verdict.PASS;
    return new ExploreResult(verdict, scenario.name(), model, bound, complete, 0, cut, limitHit, options.maxSteps(),
        null, Collections.unmodifiableMap(outcomes), since(start), blocked, duplicates, race, timeHit, deepest,
        Double.NaN);
  }

  /** A finished run's verdict, with RC11's data races. */
  private static Run.Result verdict(Trust trust, MemoryModel model, Run.Result result) {
    if (result.end() != Run.End.FINISHED || result.failed() || model != MemoryModel.RC11 || trust.cut() != null) {
      return result;
    }
    String race = trust.race();
    return race == null ? result : new Run.Result(Run.End.FAILED, Failure.Kind.DATA_RACE, race, result.outcome());
  }

  /** Runs the one graph of {@code token} with a full trace; see {@link Explorer#replay}. */
  static ExploreResult replay(Scenario scenario, ReplayToken token) {
    long start = System.nanoTime();
    try (Workers workers = new Workers()) {
      Traced traced = traced(scenario, token, workers);
      Run.Result result = traced.result;
      Failure failure = result.failed()
          ? new Failure(result.kind(), result.message(), token.toString(), traced.run.trace(), traced.run.history(),
              traced.run.visits())
          : null;
      Map<String, Long> outcomes = result.outcome() == null ? Map.of() : Map.of(result.outcome(), 1L);
      return new ExploreResult(failure == null ? ExploreResult.Verdict.PASS : ExploreResult.Verdict.FAIL,
          scenario.name(), token.model(), "replay of one execution graph", 1, 0, 0, false, Integer.MAX_VALUE,
          failure, outcomes, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private record Traced(Run run, Run.Result result) {}

  private static Traced traced(Scenario scenario, ReplayToken token, Workers workers) {
    Trust trust = Trust.replaying(token.model().graphModel(), token.graph());
    trust.begin();
    GraphMemory memory = new GraphMemory(trust);
    Run run = new Run(scenario, token.model(), token.spuriousWakeups(), workers, true, memory);
    Run.Result result = verdict(trust, token.model(), run.drive(new GraphStrategy(trust), Integer.MAX_VALUE));
    if (trust.error() != null || !trust.used()) {
      throw new IllegalArgumentException("replay token is not an execution graph of " + scenario.name() + ": "
          + (trust.error() != null ? trust.error() : "it has choices left after the run ended"));
    }
    if (trust.cut() != null) {
      throw new IllegalArgumentException("replay token names an execution of " + scenario.name()
          + " that the engine cuts: " + trust.cut());
    }
    List<String> trace = run.trace();
    trace.add("reads-from (each read, the write it reads, the mo-later writes it misses):");
    for (String line : trust.readsFrom(memory.names())) trace.add("       " + line);
    return new Traced(run, result);
  }

  /** Re-runs a failing graph with tracing on; it must fail the same way. */
  private static Failure reproduce(Scenario scenario, ReplayToken token, Workers workers, Run.Result expected) {
    Traced again = traced(scenario, token, workers);
    Run.Result r = again.result;
    if (r.kind() != expected.kind() || !r.message().equals(expected.message())) {
      throw new IllegalStateException("scenario " + scenario.name() + " is not deterministic: graph "
          + token + " failed with '" + expected.message() + "', then with '" + r.message() + "'");
    }
    return new Failure(r.kind(), r.message(), token.toString(), again.run.trace(), again.run.history(),
        again.run.visits());
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
