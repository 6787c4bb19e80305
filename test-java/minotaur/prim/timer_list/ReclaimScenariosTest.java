package minotaur.prim.timer_list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.explore.Engine;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.prim.rcu.RcuScenarios;
import minotaur.prim.rcu.RcuVariant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reclamation scenarios under sequential consistency: each variant's expected verdict. */
class ReclaimScenariosTest {
  private static ExploreResult explore(Scenario s, int preemptionBound) {
    ExploreResult r = Explorer.explore(s,
        ExploreOptions.defaults().withModel(MemoryModel.SC).withPreemptionBound(preemptionBound));
    System.out.println(r.summary());
    return r;
  }

  /**
   * SEED and BEFORE exhaustively; FIXED to one preemption by default (its call_rcu thread makes
   * the full space take a minute on a loaded machine) and exhaustively under {@code -Pslow}.
   */
  @ParameterizedTest
  @EnumSource(value = TimerVariant.class, names = {"SEED", "BEFORE", "FIXED"})
  void readerVsFree(TimerVariant v) {
    ExploreResult r = explore(ReclaimScenarios.readerVsFree(v), v == TimerVariant.FIXED ? 1 : -1);
    assertEquals(v == TimerVariant.SEED ? ExploreResult.Verdict.FAIL : ExploreResult.Verdict.PASS,
        r.verdict(), r.summary());
  }

  @Tag("slow")
  @ParameterizedTest
  @EnumSource(value = TimerVariant.class, names = {"SEED", "BEFORE", "FIXED"})
  void readerVsFreeExhaustive(TimerVariant v) {
    ExploreResult r = explore(ReclaimScenarios.readerVsFree(v), -1);
    assertEquals(v == TimerVariant.SEED ? ExploreResult.Verdict.FAIL : ExploreResult.Verdict.PASS,
        r.verdict(), r.summary());
  }

  /** T2: SEED and BEFORE keep the seed's {@code <} and fail; FIXED passes, exhaustively. */
  @ParameterizedTest
  @EnumSource(value = TimerVariant.class, names = {"SEED", "BEFORE", "FIXED"})
  void expiredVsRun(TimerVariant v) {
    ExploreResult r = explore(ReclaimScenarios.expiredVsRun(v), -1);
    assertEquals(v == TimerVariant.FIXED ? ExploreResult.Verdict.PASS : ExploreResult.Verdict.FAIL,
        r.verdict(), r.summary());
  }

  /**
   * T2 on execution graphs under SC: BEFORE's lock around every read made each backward revisit
   * of a lock call held by the other thread a blocked execution, and the graph engine passed
   * (1 execution, 8 blocked). Now the failing graph is found, and FIXED's graphs are as many as
   * the interleaving explorer's schedules (8: the orders of the two threads' critical sections,
   * every access being under a lock or an OS call's fence).
   */
  @ParameterizedTest
  @EnumSource(value = TimerVariant.class, names = {"SEED", "BEFORE", "FIXED"})
  void expiredVsRunOnGraphs(TimerVariant v) {
    Scenario s = ReclaimScenarios.expiredVsRun(v);
    ExploreResult graph = Explorer.explore(s,
        ExploreOptions.defaults().withModel(MemoryModel.SC).withEngine(Engine.GRAPH));
    System.out.println(graph.summary());
    if (v == TimerVariant.FIXED) {
      assertEquals(ExploreResult.Verdict.PASS, graph.verdict(), graph.summary());
      assertEquals(explore(s, -1).complete(), graph.complete(), graph.summary());
      assertEquals(0, graph.duplicates(), graph.summary());
    } else {
      assertEquals(ExploreResult.Verdict.FAIL, graph.verdict(), graph.summary());
      assertTrue(graph.failure().message().contains("(T2)"), graph.summary());
    }
  }

  @ParameterizedTest
  @EnumSource(RcuVariant.class)
  void readerVsSynchronize(RcuVariant v) {
    ExploreResult r = explore(RcuScenarios.readerVsSynchronize(v), -1);
    assertEquals(v == RcuVariant.CORRECT || v == RcuVariant.FIXED ? ExploreResult.Verdict.PASS : ExploreResult.Verdict.FAIL,
        r.verdict(), r.summary());
  }
}
