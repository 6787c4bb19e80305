package minotaur.explore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import minotaur.cli.Scenarios;
import minotaur.explore.Engine;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.scenario.World;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The graphs the engine explores do not depend on the order in which a re-execution takes new
 * events from its threads. The engine takes them left to right (the first enabled thread), so the
 * same scenario with its threads numbered the other way round is explored in another order, and
 * must give the same complete executions. The scenarios are those where OS objects decide which
 * thread may go on (futex waits under QemuEvent and the RCU beneath the timer list): before the
 * futex's hash-lock release was an event of its own, the two orders gave 7 and 11 complete
 * executions of {@code qemu-event/fixed/futex-promela} under SC.
 */
class ThreadOrderTest {
  private static final List<String> SCENARIOS = List.of("qemu-event/fixed/futex-promela",
      "qemu-event/seed/futex-reset-race", "rcu/fixed/reader-vs-synchronize");

  @TestFactory
  Stream<DynamicTest> reversingTheThreadsKeepsTheExecutions() {
    return SCENARIOS.stream().flatMap(name -> Stream.of(MemoryModel.SC, MemoryModel.RC11).map(m ->
        DynamicTest.dynamicTest(name + " " + m, () -> {
          Scenario s = Scenarios.named(name);
          ExploreOptions o = ExploreOptions.defaults().withModel(m).withEngine(Engine.GRAPH);
          ExploreResult forward = Explorer.explore(s, o);
          ExploreResult backward = Explorer.explore(reversed(s), o);
          String both = forward.summary() + "\nthreads reversed: " + backward.summary();
          assertEquals(ExploreResult.Verdict.PASS, forward.verdict(), both);
          assertEquals(forward.verdict(), backward.verdict(), both);
          assertEquals(forward.complete(), backward.complete(), both);
          assertEquals(0, forward.duplicates() + backward.duplicates(), both);
        })));
  }

  /** {@code s} with its threads added last first: thread 0 becomes the last one. */
  private static Scenario reversed(Scenario s) {
    return new Scenario(s.name() + "-reversed", s.description(), world -> {
      World inner = new World(world.memory(), world.os());
      s.setup().build(inner);
      for (int t = inner.threads() - 1; t >= 0; t--) world.thread(inner.threadName(t), inner.body(t));
      inner.invariants().forEach(world::atEnd);
      inner.historyChecks().forEach(world::checkHistory);
      world.outcome(inner::outcomeNow);
    });
  }
}
