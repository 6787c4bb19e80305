package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Expected;
import minotaur.family.Family;
import minotaur.family.RunCheck;
import minotaur.family.Variant;
import minotaur.run.RunOptions;
import minotaur.run.RunResult;
import minotaur.run.Runner;
import minotaur.run.WorkloadOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every variant of every registered family against its declared expectations: its scenarios
 * explored under the memory models the explorer has at run time ({@link MemoryModel#values()};
 * the declared models it lacks are skipped, and the test says which), with the family's decisive
 * bounds, stopping at the first failing scenario; and its seeded stress run where it declares one.
 * A variant with neither check is a defect. Each failure prints its replay token or seed and
 * history path.
 *
 * <p>The default suite checks each variant's cheapest decisive models: where its expectation
 * changes from one model to the next weaker one, both sides of that edge (a TSO-only mutant: SC
 * holds, TSO violated); with no change, the strongest model for a violation (SC bugs are found
 * fastest there) and the weakest for a hold (the hardest to hold under). For a hold that is the
 * weakest interleaving model, exhaustively, and also the weakest graph model (RA, RC11) for the
 * first {@value #GRAPH_SAMPLE} graphs of each scenario: the larger scenarios' exhaustive RA/RC11
 * explorations take tens of seconds, but a correct variant that breaks under RC11 usually does so
 * within a few graphs (rcu CORRECT beneath the timer list did, at the 2nd). The slow suite checks
 * every model exhaustively.
 */
class FamilyExpectationsTest {
  /** How many graphs per scenario the default suite explores under a correct variant's weakest graph model. */
  static final long GRAPH_SAMPLE = 1_500;

  private static final Path RUNS = Path.of(System.getProperty("minotaur.basedir", "."), "target", "family-runs");

  @TestFactory
  Stream<DynamicTest> everyVariantAtItsDecisiveModels() {
    return tests(false);
  }

  @Tag("slow")
  @TestFactory
  Stream<DynamicTest> everyVariantUnderEveryModel() {
    return tests(true);
  }

  /** The models to check {@code v} under: all of them, or the edges of its expectations (see the class comment). */
  static List<MemoryModel> decisiveModels(Variant v, boolean all) {
    List<MemoryModel> models = declaredModels(v);
    if (all || models.isEmpty()) return models;
    Set<MemoryModel> chosen = new LinkedHashSet<>();
    for (int i = 1; i < models.size(); i++) {
      if (v.expected(models.get(i).cliName()).verdict() != v.expected(models.get(i - 1).cliName()).verdict()) {
        chosen.add(models.get(i - 1));
        chosen.add(models.get(i));
      }
    }
    if (chosen.isEmpty()) {
      boolean violated = v.expected(models.get(0).cliName()).verdict() == Expected.Verdict.VIOLATED;
      // A correct variant: its weakest model, but in the default suite the weakest interleaving one
      // (exhaustive RA/RC11 graphs of the larger scenarios take tens of seconds: -Pslow checks them).
      List<MemoryModel> weakest = models.stream().filter(m -> !m.graphOnly()).toList();
      chosen.add(violated ? models.get(0) : (weakest.isEmpty() ? models : weakest).get((weakest.isEmpty() ? models : weakest).size() - 1));
    }
    return new ArrayList<>(chosen);
  }

  private static Stream<DynamicTest> tests(boolean allModels) {
    List<String> supported = Arrays.stream(MemoryModel.values()).map(MemoryModel::cliName).toList();
    List<String> skipped = Family.MEMORY_MODELS.stream().filter(m -> !supported.contains(m)).toList();
    System.out.println("memory models checked: " + supported + "; declared but not in the explorer, skipped: " + skipped);
    List<DynamicTest> tests = new ArrayList<>();
    for (Family f : Families.all()) {
      for (Variant v : f.variants()) {
        List<Scenario> scenarios = f.scenarios(v);
        tests.add(DynamicTest.dynamicTest(f.name() + " " + v.name() + " has a decisive check",
            () -> assertFalse(scenarios.isEmpty() && v.run() == null,
                f.name() + " " + v.name() + " has neither a scenario nor a run check")));
        if (!scenarios.isEmpty()) {
          for (MemoryModel m : decisiveModels(v, allModels)) {
            Expected e = v.expected(m.cliName());
            tests.add(DynamicTest.dynamicTest(f.name() + " " + v.name() + " under " + m.cliName() + ": " + e.word(),
                () -> explore(f, scenarios, m, e)));
          }
          MemoryModel sampled = allModels ? null : weakestGraphHold(v);
          if (sampled != null) {
            tests.add(DynamicTest.dynamicTest(f.name() + " " + v.name() + " under " + sampled.cliName() + ", first "
                + GRAPH_SAMPLE + " graphs: no violation", () -> sample(f, scenarios, sampled)));
          }
        }
        if (v.run() != null) {
          tests.add(DynamicTest.dynamicTest(f.name() + " " + v.name() + " run: " + v.runExpected().word(),
              () -> run(f, v)));
        }
      }
    }
    return tests.stream();
  }

  /** The sample catches a variant broken under RA: rcu CORRECT (QEMU 2.3) loses a wakeup at the 2nd graph. */
  @Test
  void theGraphSampleCatchesAVariantBrokenUnderRa() {
    Family rcu = Families.all().stream().filter(f -> f.name().equals("rcu")).findFirst().orElseThrow();
    List<Scenario> scenarios = rcu.scenarios(rcu.variant("correct"));
    assertThrows(AssertionError.class, () -> sample(rcu, scenarios, MemoryModel.RA));
  }

  /** The explorer's models, strongest first, under which {@code v} declares a verdict. */
  private static List<MemoryModel> declaredModels(Variant v) {
    return Arrays.stream(MemoryModel.values())
        .filter(m -> v.expected(m.cliName()).verdict() != Expected.Verdict.INCONCLUSIVE).toList();
  }

  /** The weakest graph model of a variant that holds under every model it declares, or null. */
  static MemoryModel weakestGraphHold(Variant v) {
    List<MemoryModel> declared = declaredModels(v);
    boolean holdsEverywhere = declared.stream().allMatch(m -> v.expected(m.cliName()).verdict() == Expected.Verdict.HOLDS);
    if (declared.isEmpty() || !holdsEverywhere) {
      return null;
    }
    MemoryModel weakest = declared.get(declared.size() - 1);
    return weakest.graphOnly() ? weakest : null;
  }

  /** A correct variant's first {@link #GRAPH_SAMPLE} graphs per scenario under {@code m}: none may fail. */
  private static void sample(Family f, List<Scenario> scenarios, MemoryModel m) {
    for (Scenario s : scenarios) {
      ExploreResult r = Explorer.explore(s, f.bounds(s, m).withMaxSchedules(GRAPH_SAMPLE));
      System.out.println(r.summary());
      String token = r.failure() != null ? "\nreplay token: " + r.failure().token() : "";
      assertTrue(r.verdict() != ExploreResult.Verdict.FAIL, "declared to hold under " + m.cliName() + ":\n" + r.summary() + token);
      assertEquals(0, r.duplicates(), r.summary());
    }
  }

  private static void explore(Family f, List<Scenario> scenarios, MemoryModel m, Expected e) {
    Expected.Verdict found = Expected.Verdict.HOLDS;
    StringBuilder log = new StringBuilder();
    for (Scenario s : scenarios) {
      ExploreResult r = Explorer.explore(s, f.bounds(s, m));
      System.out.println(r.summary());
      log.append(r.summary()).append('\n');
      if (r.verdict() == ExploreResult.Verdict.FAIL) {
        log.append("replay token: ").append(r.failure().token()).append('\n');
        found = Expected.Verdict.VIOLATED;
        break;
      }
      if (r.verdict() == ExploreResult.Verdict.INCONCLUSIVE) found = Expected.Verdict.INCONCLUSIVE;
    }
    assertEquals(e.verdict(), found, "expected " + e.word() + " (" + e.reason() + ")\n" + log);
  }

  private static void run(Family f, Variant v) {
    RunCheck c = v.run();
    Expected e = v.runExpected();
    StringBuilder log = new StringBuilder();
    boolean violated = false;
    for (long seed = c.seed(); seed < c.seed() + c.attempts() && !violated; seed++) {
      Path history = RUNS.resolve(f.name() + "-" + v.name() + "-" + seed + ".edn");
      RunResult r = Runner.run(f.workload(new WorkloadOptions(v.name(), c.threads(), seed, c.extra())),
          RunOptions.of(c.threads(), seed, c.ops()).withHistory(history).withOpTimeout(Duration.ofSeconds(8)));
      String line = new RunCheck(c.threads(), seed, c.ops(), 1, c.extra()).command(f.name(), v.name())
          + ": " + r.summary();
      System.out.println(line);
      log.append(line).append('\n');
      if (Boolean.FALSE.equals(r.valid())) violated = true;
      if (e.verdict() == Expected.Verdict.HOLDS) {
        assertEquals(Boolean.TRUE, r.valid(), "expected " + e.word() + "\n" + log + r.verdict());
      }
    }
    if (e.verdict() == Expected.Verdict.VIOLATED) {
      assertEquals(true, violated, "expected " + e.word() + " (" + e.reason() + ") within " + c.attempts()
          + " seeds\n" + log);
    }
  }
}
