package minotaur.explore.litmus;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;

/**
 * The answer to one litmus test under one memory model, herd7-style: the reachable final states
 * with how many executions (or schedules) reach each, whether the condition's answer is Ok, and
 * the positive and negative witnesses. As herd7 counts them: for {@code exists} and {@code forall}
 * the positive witnesses are the executions whose final state satisfies the proposition, for
 * {@code ~exists} those whose state does not (the ones that agree with the test); negative
 * witnesses are the rest.
 *
 * <p>The unit counted. Under SC the run records each schedule's execution graph ({@link GraphLog})
 * and counts distinct graphs: executions in GenMC's sense, comparable with its numbers. Under TSO
 * the interleaving explorer has no graph of its own (a load may read its own buffered store), so it
 * counts schedules, and says so. Any other model is the graph explorer's, whose outcome counts
 * are executions already (its contract: {@code outcomes()} maps each outcome to its number of
 * consistent executions).
 */
public record LitmusRun(LitmusTest test, ExploreResult result, SortedMap<String, Long> states,
    long executions, boolean countsExecutions, long satisfying, boolean exhaustive) {

  /** Explores {@code test} as {@code options} say. */
  public static LitmusRun of(LitmusTest test, ExploreOptions options) {
    boolean graphs = options.model() == MemoryModel.SC;
    ExploreResult result = Explorer.explore(test.scenario(graphs), options);
    SortedMap<String, Long> states = new TreeMap<>();
    long executions = 0;
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, Long> e : result.outcomes().entrySet()) {
      String outcome = e.getKey();
      long count = e.getValue();
      if (graphs) {
        int cut = outcome.indexOf(LitmusTest.GRAPH_SEPARATOR);
        count = seen.add(outcome) ? 1 : 0;
        outcome = outcome.substring(0, cut);
      }
      states.merge(outcome, count, Long::sum);
      executions += count;
    }
    long satisfying = 0;
    for (Map.Entry<String, Long> e : states.entrySet()) {
      if (test.satisfies(e.getKey())) satisfying += e.getValue();
    }
    boolean countsExecutions = options.model() != MemoryModel.TSO;
    // A preemption bound or PCT runs see only some executions: an answer from them is not proof.
    boolean exhaustive = options.randomRuns() == 0 && options.preemptionBound() < 0;
    return new LitmusRun(test, result, states, executions, countsExecutions, satisfying, exhaustive);
  }

  /** The condition's answer: {@code Ok} or {@code No}. */
  public boolean ok() {
    return test.condition().ok(satisfying, executions - satisfying);
  }

  public long positive() {
    return negated() ? executions - satisfying : satisfying;
  }

  public long negative() {
    return executions - positive();
  }

  private boolean negated() {
    return test.condition().quantifier() == Condition.Quantifier.NOT_EXISTS;
  }

  public String answer() {
    return ok() ? "Ok" : "No";
  }

  /** Whether every execution was explored (else the states may be incomplete and the answer wrong). */
  public boolean complete() {
    return exhaustive && result.verdict() == ExploreResult.Verdict.PASS;
  }

  /**
   * PASS the test was answered, FAIL a thread failed, INCONCLUSIVE a bound was hit first or the
   * search was not exhaustive ({@code --bound}, {@code --random}): the answer may be wrong. The
   * CLI maps it to the exit code.
   */
  public ExploreResult.Verdict verdict() {
    return result.verdict() == ExploreResult.Verdict.PASS && !exhaustive
        ? ExploreResult.Verdict.INCONCLUSIVE : result.verdict();
  }

  /**
   * The report, as herd7 prints it, with a count before each state and the exploration's size
   * after: e.g. {@code Test SB Allowed}, {@code States 4}, {@code 1 0:r0=0; 1:r0=0;}, ...,
   * {@code Ok}, {@code Witnesses}, {@code Positive: 1 Negative: 3}, {@code Condition ...},
   * {@code Observation SB Sometimes 1 3}, {@code explored ...}.
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append("Test ").append(test.name()).append(' ').append(test.kind()).append('\n');
    sb.append("States ").append(states.size()).append('\n');
    for (Map.Entry<String, Long> e : states.entrySet()) {
      sb.append(String.format("%-6d %s;%n", e.getValue(), e.getKey()));
    }
    sb.append(answer()).append('\n');
    sb.append("Witnesses\n");
    sb.append("Positive: ").append(positive()).append(" Negative: ").append(negative()).append('\n');
    sb.append("Condition ").append(test.condition()).append('\n');
    // herd7's observation is about the proposition itself, whatever the quantifier.
    long not = executions - satisfying;
    String observation = satisfying == 0 ? "Never" : not == 0 ? "Always" : "Sometimes";
    sb.append("Observation ").append(test.name()).append(' ').append(observation).append(' ')
        .append(satisfying).append(' ').append(not).append('\n');
    sb.append(explored()).append('\n');
    return sb.toString();
  }

  /** What was explored, in the unit counted (see the class comment). */
  public String explored() {
    String model = result.model().cliName();
    String schedules = String.format("%,d schedules", result.schedules())
        + (result.pruned() > 0 ? String.format(" (+%,d abandoned as equivalent)", result.pruned()) : "");
    String bounds = complete() ? "" : "; INCOMPLETE: " + result.summary();
    if (result.model() != MemoryModel.SC && countsExecutions) {
      return String.format("explored %,d consistent executions (%,d blocked, %,d duplicates) under %s%s",
          result.complete(), result.blocked(), result.duplicates(), model, bounds);
    }
    if (countsExecutions) {
      // A litmus thread never blocks; a schedule repeating an earlier schedule's graph is a duplicate.
      return String.format("explored %,d consistent executions (0 blocked, %,d duplicates) under %s: the distinct"
          + " execution graphs of %s%s", executions, result.schedules() - executions, model, schedules, bounds);
    }
    return "explored " + schedules + " under " + model + " (schedules, not executions: counts are per schedule)"
        + bounds;
  }
}
