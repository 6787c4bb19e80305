package minotaur.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import minotaur.explore.litmus.Litmus;
import minotaur.explore.litmus.LitmusBank;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole litmus bank of LITMUS.md under SC and TSO, plain and opaque. An exhaustive
 * exploration collects every outcome: an allowed target outcome must be among them, a forbidden
 * one must not; the same exploration without sleep-set reduction must give the same outcome set
 * (the reduction is sound on these shapes). The scenario form of each test (which fails when the
 * target is reached) must then fail exactly when the target is allowed, with a replayable token.
 */
class LitmusBankTest {
  @TestFactory
  Stream<DynamicTest> everyRowUnderEveryModel() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Litmus litmus : LitmusBank.all()) {
      for (Litmus.Access access : Litmus.Access.values()) {
        for (MemoryModel model : new MemoryModel[] {MemoryModel.SC, MemoryModel.TSO}) {
          String name = litmus.name() + " " + access + " " + model + ": " + litmus.target() + " "
              + (litmus.allowedUnder(model) ? "allowed" : "forbidden");
          tests.add(DynamicTest.dynamicTest(name, () -> check(litmus, access, model)));
        }
      }
    }
    return tests.stream();
  }

  private static void check(Litmus litmus, Litmus.Access access, MemoryModel model) {
    ExploreOptions options = ExploreOptions.defaults().withModel(model);
    ExploreResult reduced = Explorer.explore(litmus.outcomes(access), options);
    ExploreResult full = Explorer.explore(litmus.outcomes(access), options.withReduction(false));
    assertEquals(ExploreResult.Verdict.PASS, reduced.verdict(), reduced.summary());
    assertEquals(full.outcomes().keySet(), reduced.outcomes().keySet(), "sleep sets keep every outcome");
    assertEquals(litmus.allowedUnder(model), reduced.outcomes().containsKey(litmus.target()),
        "outcomes " + reduced.outcomes());

    ExploreResult result = Explorer.explore(litmus.scenario(access), options);
    if (litmus.allowedUnder(model)) {
      assertEquals(ExploreResult.Verdict.FAIL, result.verdict(), result.summary());
      assertEquals("outcome " + litmus.target() + " reached", result.failure().message());
      ExploreResult replayed = Explorer.replay(litmus.scenario(access), ReplayToken.parse(result.failure().token()));
      assertEquals(result.failure().trace(), replayed.failure().trace());
    } else {
      assertEquals(ExploreResult.Verdict.PASS, result.verdict(), result.summary());
      assertTrue(result.summary().contains("exhaustive with sleep-set reduction"), result.summary());
    }
  }
}
