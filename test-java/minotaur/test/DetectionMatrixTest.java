package minotaur.test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import minotaur.cli.Families;
import minotaur.explore.MemoryModel;
import minotaur.family.Family;
import minotaur.family.Variant;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The detection matrix: {@code minotaur test} on every variant of every registered family, each
 * verdict checked against the variant's declaration under SC and TSO (see {@link #MODELS}) —
 * every mutant declared violated under one of them (every BUGS.md mutant exposed under SC or TSO)
 * is found, every variant declared correct there holds. A variant declared correct gets a small
 * budget ({@value #HOLDS_SECONDS} s: it spends all of it); a mutant gets {@value #FINDS_SECONDS} s,
 * which costs only when it is missed, since a check ends at its first finding. About a minute in
 * all on two loaded cores. Each verdict is printed with its coverage table; a failure's message is
 * the verdict, with its replay token or seed and history path.
 */
class DetectionMatrixTest {
  static final int HOLDS_SECONDS = 2;
  static final int FINDS_SECONDS = 10;
  /**
   * SC and TSO: exhausting the RA and RC11 graphs of the larger shapes (aio's three schedules)
   * takes minutes, beyond a matrix cell's budget; the weak-model findings and the weak-only
   * mutants are pinned by WeakFindingsTest, AioScenarioTest and XenScenarioTest on small shapes,
   * and FamilyExpectationsTest checks the declarations under RA and RC11 (the slow suite, all of them).
   */
  private static final List<MemoryModel> MODELS = List.of(MemoryModel.SC, MemoryModel.TSO);
  private static final Path OUT = Path.of(System.getProperty("minotaur.basedir", "."), "target", "detection-matrix");

  @TestFactory
  Stream<DynamicTest> everyVariantAsDeclared() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Family f : Families.all()) {
      for (Variant v : f.variants()) {
        TestOptions options = TestOptions.defaults().withOut(OUT).withModels(MODELS);
        boolean mutant = Declared.of(v, options.models().stream().map(m -> m.cliName()).toList()).violated();
        Duration budget = Duration.ofSeconds(mutant ? FINDS_SECONDS : HOLDS_SECONDS);
        tests.add(DynamicTest.dynamicTest(f.name() + " " + v.name() + (mutant ? " is found" : " holds"), () -> {
          TestVerdict verdict = Tester.test(f, v, options.withBudget(budget));
          System.out.println(verdict.text());
          assertTrue(verdict.asDeclared(), verdict.mismatch() + "\n" + verdict.text());
        }));
      }
    }
    return tests.stream();
  }
}
