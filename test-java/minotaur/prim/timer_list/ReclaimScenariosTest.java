package minotaur.prim.timer_list;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  @ParameterizedTest
  @EnumSource(RcuVariant.class)
  void readerVsSynchronize(RcuVariant v) {
    ExploreResult r = explore(RcuScenarios.readerVsSynchronize(v), -1);
    assertEquals(v == RcuVariant.CORRECT || v == RcuVariant.FIXED ? ExploreResult.Verdict.PASS : ExploreResult.Verdict.FAIL,
        r.verdict(), r.summary());
  }
}
