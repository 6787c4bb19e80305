package minotaur.explore.litmus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.MemoryModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every litmus file of {@code test-resources/litmus} against its rows in {@code EXPECTED.tsv},
 * whose oracles are external: GenMC's expected execution counts, herd7's x86 catalogue kinds, the
 * x86-TSO and RC11 papers. Under SC the answer and GenMC's SC execution count must match (the SC
 * run counts distinct execution graphs); under TSO the answer must match herd7's Allow/Forbid, and
 * every SC state must be a TSO state (TSO only adds behaviours). Under RA and RC11 (the graph
 * explorer) answer and count must match the row, with no execution explored twice: GenMC's,
 * except the two release-sequence tests, whose rows carry the RC11 paper's answer and name
 * GenMC's other one (C++20 release sequences) in a sixth field, printed by the test.
 */
class LitmusFilesTest {
  static final Path DIR = Path.of(System.getProperty("minotaur.basedir", "."), "test-resources", "litmus");
  private static final LitmusExpectations EXPECTED = LitmusExpectations.of(DIR);

  @Test
  void everyFileHasScAndTsoRowsAndEveryRowAFile() {
    List<Path> files = LitmusSuite.files(DIR);
    assertTrue(files.size() >= 40, "at least 40 ported tests, found " + files.size());
    for (Path f : files) {
      String name = f.getFileName().toString();
      for (String model : List.of("sc", "tso")) {
        assertTrue(EXPECTED.row(name, model).isPresent(), name + " has no " + model + " row");
      }
    }
    for (LitmusExpectations.Row row : EXPECTED.rows()) {
      assertTrue(Files.isRegularFile(DIR.resolve(row.file())), "row " + row.line() + " names a missing file " + row.file());
    }
    long genmcCounts = EXPECTED.rows().stream().filter(r -> r.model().equals("sc") && r.executions() >= 0).count();
    assertTrue(genmcCounts >= 40, "GenMC SC counts for at least 40 files, found " + genmcCounts);
  }

  @TestFactory
  Stream<DynamicTest> everyFileUnderScAndTso() {
    return LitmusSuite.files(DIR).stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      LitmusTest test = LitmusParser.read(f);
      LitmusRun sc = LitmusRun.of(test, ExploreOptions.defaults().withModel(MemoryModel.SC));
      LitmusRun tso = LitmusRun.of(test, ExploreOptions.defaults().withModel(MemoryModel.TSO));
      String name = f.getFileName().toString();
      for (LitmusRun run : List.of(sc, tso)) {
        assertTrue(run.complete(), run.explored());
        assertEquals(List.of(), EXPECTED.mismatches(name, run), run.report());
      }
      assertTrue(tso.states().keySet().containsAll(sc.states().keySet()),
          "every SC state is a TSO state: SC " + sc.states().keySet() + ", TSO " + tso.states().keySet());
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyWeakModelRow() {
    List<DynamicTest> tests = new ArrayList<>();
    for (LitmusExpectations.Row row : EXPECTED.rows()) {
      if (!row.model().equals("ra") && !row.model().equals("rc11")) continue;
      tests.add(DynamicTest.dynamicTest(row.file() + " under " + row.model(), () -> {
        MemoryModel model = graphModel(row.model());
        LitmusRun run = LitmusRun.of(LitmusParser.read(DIR.resolve(row.file())), ExploreOptions.defaults().withModel(model));
        assertTrue(run.complete(), run.explored());
        assertEquals(List.of(), EXPECTED.mismatches(row.file(), run), run.report());
        EXPECTED.difference(row.file(), row.model()).ifPresent(d -> System.out.println("answered as RC11, unlike: " + d));
        Optional<Long> complete = contract(run.result(), "complete");
        Optional<Long> duplicates = contract(run.result(), "duplicates");
        Assumptions.assumeTrue(complete.isPresent() && duplicates.isPresent(),
            "ExploreResult has no complete()/duplicates() yet (the graph explorer's contract)");
        assertEquals(run.executions(), complete.get(), "complete() is the sum of the outcome counts");
        assertEquals(0L, duplicates.get(), "no execution explored twice");
      }));
    }
    return tests.stream();
  }

  /** The graph explorer's model, or the test is skipped while it is not merged. */
  private static MemoryModel graphModel(String name) {
    try {
      return MemoryModel.parse(name);
    } catch (IllegalArgumentException e) {
      Assumptions.abort("memory model " + name + " not there yet (the graph explorer adds it): " + e.getMessage());
      throw e;
    }
  }

  /** A count of the graph explorer's ExploreResult contract, read reflectively so this compiles before it is merged. */
  private static Optional<Long> contract(ExploreResult result, String method) {
    try {
      Method m = ExploreResult.class.getMethod(method);
      return Optional.of(((Number) m.invoke(result)).longValue());
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
