package minotaur.prim.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.Scenario;
import minotaur.prim.rcu.RcuVariant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reclamation scenarios under sequential consistency: each variant's expected verdict. */
class ReclaimScenariosTest {
  private static ExploreResult explore(Scenario s) {
    ExploreResult r = Explorer.explore(s, ExploreOptions.defaults().withModel(MemoryModel.SC));
    System.out.println(r.summary());
    return r;
  }

  @ParameterizedTest
  @EnumSource(value = TimerVariant.class, names = {"SEED", "BEFORE", "FIXED"})
  void readerVsFree(TimerVariant v) {
    ExploreResult r = explore(ReclaimScenarios.readerVsFree(v));
    assertEquals(v == TimerVariant.SEED ? ExploreResult.Verdict.FAIL : ExploreResult.Verdict.PASS,
        r.verdict(), r.summary());
  }

  @ParameterizedTest
  @EnumSource(RcuVariant.class)
  void readerVsSynchronize(RcuVariant v) {
    ExploreResult r = explore(ReclaimScenarios.readerVsSynchronize(v));
    assertEquals(v == RcuVariant.CORRECT ? ExploreResult.Verdict.PASS : ExploreResult.Verdict.FAIL,
        r.verdict(), r.summary());
  }
}
