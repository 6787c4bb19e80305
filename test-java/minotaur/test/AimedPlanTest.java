package minotaur.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import minotaur.cli.Families;
import minotaur.explore.PointHeat;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Family;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultAction;
import minotaur.fault.FaultPlan;
import minotaur.fault.FaultRule;
import minotaur.fault.Faults;
import minotaur.mem.IntCell;
import org.junit.jupiter.api.Test;

/** A uniform plan aimed at the hot points; the aimed plan as EDN; what test's coverage line says of it. */
class AimedPlanTest {
  /**
   * "t.racy" opens a window of one step on a cell the other thread reads, "t.racier" one of three,
   * "t.quiet" one on a private cell. (An
   * instance field: a static one would be sampled during class initialisation, which the
   * scenario's own threads would wait for.)
   */
  private final Scenario race = new Scenario("aim/race", "one racy window, one private", w -> {
    IntCell shared = w.memory().intCell("shared", 0);
    IntCell mine = w.memory().intCell("mine", 0);
    w.thread("writer", self -> {
      Faults.point("t.racy");
      shared.setVolatile(1);
      Faults.point("t.quiet");
      mine.setVolatile(1);
      Faults.point("t.racier");
      shared.setVolatile(2);
      shared.setVolatile(3);
      shared.setVolatile(4);
    });
    w.thread("reader", self -> shared.getVolatile());
  });

  private final PointHeat heat = PointHeat.measure(List.of(race), 4, 1);

  @Test
  void delaysMoveFromTheColdPointsToTheHotOnesAndTheRestStays() {
    FaultPlan uniform = FaultPlan.builder().seed(3)
        .park(0.1, DelayDistribution.uniform(1_000, 50_000), "t.*")
        .spuriousWakeup(0.2, "t.*")
        .yield(0.3, "client.only")
        .build();
    AimedPlan aimed = AimedPlan.of(uniform, heat);
    String edn = aimed.plan().toEdn();
    assertEquals(List.of("t.racier", "t.racy"), aimed.points());
    List<FaultRule> rules = aimed.plan().rules();
    assertEquals(5, rules.size(), edn);
    FaultRule racier = rules.get(0);
    FaultRule racy = rules.get(1);
    assertTrue(racier.matches("t.racier") && !racier.matches("t.racy"), edn);
    assertTrue(racy.matches("t.racy") && !racy.matches("t.quiet") && !racy.matches("t.unseen"), edn);
    // 12 sampled visits, 16 conflicting steps: 3 per visit after t.racier, 1 after t.racy, none
    // after t.quiet. The rule delayed 1.2 of those visits on average; those delays move, 3 to 1.
    assertEquals(0.225, racier.probability(), 1e-9, edn);
    assertEquals(0.075, racy.probability(), 1e-9, edn);
    assertEquals(FaultAction.PARK, racy.action());
    // Points no scenario visits are unknown, not cold: the rule stays for them, at its probability.
    FaultRule rest = rules.get(2);
    assertTrue(rest.matches("t.unseen"), edn);
    assertFalse(rest.matches("t.racy") || rest.matches("t.quiet") || rest.matches("t.racier"), edn);
    assertEquals(0.1, rest.probability(), 1e-9);
    assertEquals(uniform.rules().get(1), rules.get(3));
    assertEquals(uniform.rules().get(2), rules.get(4));
    assertEquals("aimed at 2 hot points", aimed.describe());
  }

  @Test
  void aPlanWithNoDelayAtAHotPointIsNotAimed() {
    FaultPlan cold = FaultPlan.builder().park(0.1, DelayDistribution.fixed(1_000), "t.quiet").build();
    assertNull(AimedPlan.of(cold, heat));
  }

  @Test
  void theAimedPlanReadsBackEqualFromItsEdn() {
    Family aio = Families.named("aio");
    FaultPlan uniform = aio.workload(new minotaur.run.WorkloadOptions("seed", 3, 5, java.util.Map.of())).faultPlan();
    AimedPlan aimed = AimedPlan.derive(aio, aio.variant("seed"), uniform);
    assertFalse(aimed.points().isEmpty());
    assertEquals(aimed.plan(), FaultPlan.parse(aimed.plan().toEdn(), "aimed plan"), aimed.plan().toEdn());
  }

  @Test
  void testSaysItsStressRunsAreAimedUnlessToldUniform() {
    Family xen = Families.named("xen");
    TestOptions o = TestOptions.defaults().withOut(null).withBudget(Duration.ofMillis(1500))
        .withTechniques(EnumSet.of(Technique.STRESS)).withStressRuns(1);
    String aimed = Tester.test(xen, xen.variant("fixed"), o).coverage();
    assertTrue(aimed.matches(".*1 stress run.*faults aimed at \\d+ hot points.*"), aimed);
    String uniform = Tester.test(xen, xen.variant("fixed"), o.withStressFaults(TestOptions.StressFaults.UNIFORM))
        .coverage();
    assertTrue(uniform.contains("1 stress run"), uniform);
    assertFalse(uniform.contains("aimed"), uniform);
  }
}
