package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import minotaur.explore.MemoryModel;
import minotaur.test.TestOptions;
import org.junit.jupiter.api.Test;

/**
 * {@code bench detect}, small: one family, two seeds, a small budget. The table has its header and
 * one row per mutant with the four technique columns, and the stress-only mutant of cas-register
 * (no scenario to explore) is found by stress and by test on both seeds, by neither explorer.
 */
class DetectBenchTest {
  @Test
  void theTableHasOneRowPerMutantAndAKnownMutantIsFound() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    VariantSelection s = VariantSelection.of(List.of(Families.named("cas-register")), "mutants", List.of("sc", "tso"));
    TestOptions o = TestOptions.defaults().withBudget(Duration.ofSeconds(3)).withModels(List.of(MemoryModel.SC, MemoryModel.TSO));
    List<DetectBench.Row> rows = new DetectBench(s, o, 2, 3, new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err).run();
    String table = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(table);
    assertTrue(table.contains("| mutant | declared | exhaustive | pct | stress | test |\n|---|---|---|---|---|---|\n"), table);
    List<String> lines = table.lines().filter(l -> l.startsWith("| cas-register ")).toList();
    assertEquals(1, lines.size(), table);
    String[] cells = lines.get(0).split(" \\| ");
    assertEquals(6, cells.length, lines.get(0));
    assertEquals("- (0/2)", cells[2], "no scenario to explore: " + lines.get(0));
    assertTrue(cells[4].endsWith("(2/2)"), "stress finds it on both seeds: " + lines.get(0));
    assertTrue(cells[5].endsWith("(2/2) |"), "test finds it on both seeds: " + lines.get(0));
    assertEquals(2, rows.get(0).cells().get(3).found());
    assertTrue(table.contains("1 mutants; test found 1 on every seed"), table);
  }

  @Test
  void badOptionsExitThree() {
    assertEquals(Exit.BAD_INPUT, Main.execute("bench", "detect", "--seeds", "0"));
    assertEquals(Exit.BAD_INPUT, Main.execute("bench", "detet"));
    assertEquals(Exit.BAD_INPUT, Main.execute("bench", "detect", "--family", "xen", "--variant", "no-such"));
  }
}
