package minotaur.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import minotaur.cli.Families;
import minotaur.explore.MemoryModel;
import minotaur.family.Family;
import org.junit.jupiter.api.Test;

/** The engine's verdicts: found, holds, unknown at a spent budget, mismatches shown, the one-liner API. */
class TesterTest {
  private static final Path OUT = Path.of(System.getProperty("minotaur.basedir", "."), "target", "tester-test");
  private final Family xen = Families.named("xen");

  @Test
  void aMutantIsFoundWithItsPropertyTechniqueModelAndReplay() {
    TestVerdict v = Minotaur.test(xen).variant("no-recheck").budget(Duration.ofSeconds(10)).out(OUT).assertFinds("X2");
    Finding f = v.finding();
    assertEquals(TestVerdict.Outcome.VIOLATED, v.outcome());
    assertEquals(1, v.exitCode());
    assertEquals(Technique.EXHAUSTIVE, f.technique());
    assertEquals("sc", f.model());
    assertTrue(f.replay().startsWith("./minotaur explore --replay xen/no-recheck/"), f.replay());
    assertTrue(Files.exists(Path.of(f.history())), f.history());
    assertTrue(v.headline().contains("VIOLATED X2"), v.headline());
    assertNull(v.mismatch());
  }

  @Test
  void aTsoOnlyMutantHoldsUnderScAlone() {
    // Explorer only: a stress run on an x86 machine may show the store-load reordering itself.
    TestOptions o = TestOptions.defaults().withOut(null).withBudget(Duration.ofSeconds(2))
        .withModels(List.of(MemoryModel.SC)).withTechniques(EnumSet.of(Technique.EXHAUSTIVE, Technique.PCT));
    TestVerdict v = Tester.test(xen, xen.variant("unlock-no-mb"), o);
    assertEquals(TestVerdict.Outcome.HOLDS, v.outcome(), v.text());
    assertTrue(v.coverage().contains("not covered: tso (declared: violates X2)"), v.coverage());
    assertTrue(v.asDeclared(), "declared to hold under sc: " + v.text());
  }

  @Test
  void aCorrectVariantHoldsAndSaysWhatItCovered() {
    // 5 s: the stress run comes last, after exploration; with 3 s a loaded machine left it under a
    // second and its threads sometimes did not start before the hard end (no decisive stress run).
    TestVerdict v = Minotaur.test(xen).variant("fixed").memoryModels("sc", "tso").budget(Duration.ofSeconds(5)).out(OUT)
        .assertHolds();
    assertEquals(0, v.exitCode());
    assertTrue(v.coverage().contains("exhaustive under sc+tso"), v.coverage());
    assertTrue(v.coverage().contains("stress run"), v.coverage());
    assertTrue(v.evidence().stream().anyMatch(e -> e.technique() == Technique.STRESS && e.decisive()), v.table());
  }

  @Test
  void assertionsFailWithTheVerdictAsTheMessage() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Minotaur.test(xen).variant("fixed").memoryModels("sc", "tso").budget(Duration.ofSeconds(1)).out(null)
            .assertFinds("X2"));
    assertTrue(e.getMessage().contains("expected a violation of X2"), e.getMessage());
    assertTrue(e.getMessage().contains("xen fixed: holds"), e.getMessage());
    assertThrows(AssertionError.class,
        () -> Minotaur.test(xen).variant("no-kick").budget(Duration.ofSeconds(5)).out(null).assertHolds());
  }

  @Test
  void aSpentBudgetIsUnknownAndAMissIsAMismatch() {
    TestOptions o = TestOptions.defaults().withOut(null).withBudget(Duration.ofMillis(1));
    TestVerdict v = Tester.test(xen, xen.variant("no-kick"), o);
    assertEquals(TestVerdict.Outcome.UNKNOWN, v.outcome(), v.text());
    assertEquals(2, v.exitCode());
    assertNotNull(v.mismatch());
    assertTrue(v.mismatch().contains("a miss"), v.mismatch());
  }

  @Test
  void exhaustiveAloneMissesWhatOnlyStressCanFind() {
    Family timers = Families.named("timer-list");
    TestOptions o = TestOptions.defaults().withOut(null).withBudget(Duration.ofSeconds(2))
        .withTechniques(EnumSet.of(Technique.EXHAUSTIVE)).withModels(List.of(MemoryModel.SC));
    TestVerdict v = Tester.test(timers, timers.variant("no-recheck-head"), o);
    assertEquals(TestVerdict.Outcome.UNKNOWN, v.outcome(), "no scenario, no stress: nothing decisive\n" + v.text());
    TestVerdict found = Tester.test(timers, timers.variant("no-recheck-head"),
        o.withTechniques(EnumSet.of(Technique.STRESS)).withBudget(Duration.ofSeconds(10)));
    assertEquals(TestVerdict.Outcome.VIOLATED, found.outcome(), found.text());
    assertEquals("T4", found.finding().property());
    assertTrue(found.finding().replay().contains("--seed"), found.finding().replay());
  }
}
