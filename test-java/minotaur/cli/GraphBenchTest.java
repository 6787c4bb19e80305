package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * {@code bench explore}, small: SB and 2 threads x 3 ops under SC and RC11, once each. The table
 * has its ten columns, one row per scenario and model, no duplicates, the graph counts GenMC gives
 * for SB (3 under SC, 4 under RC11), and a schedule count and ratio under SC only. The seed
 * selection holds only 2-thread scenarios of seed variants.
 */
class GraphBenchTest {
  @Test
  void theTableHasOneRowPerScenarioAndModelWithoutDuplicates() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Scenario> scenarios = GraphBench.litmusShapes().stream()
        .filter(s -> s.name().equals("litmus/sb-opaque-outcomes") || s.name().equals("bench/2x3")).toList();
    assertEquals(2, scenarios.size(), scenarios.toString());
    List<GraphBench.Row> rows = new GraphBench(scenarios, List.of(MemoryModel.SC, MemoryModel.RC11), 1,
        new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err).run();
    String table = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(table);
    assertTrue(table.contains("| scenario | model | graphs | blocked | duplicates | best ms | graphs/s | schedules"
        + " | graphs/schedules | note |\n"), table);
    List<String[]> cells = table.lines().filter(l -> l.startsWith("| litmus/") || l.startsWith("| bench/"))
        .map(l -> l.substring(2, l.length() - 2).split(" \\| ", -1)).toList();
    assertEquals(4, cells.size(), table);
    for (String[] c : cells) {
      assertEquals(10, c.length, String.join(" | ", c));
      assertEquals("0", c[4], "duplicates: " + String.join(" | ", c));
      assertEquals(c[1].equals("sc"), !c[7].isEmpty(), "schedules only under sc: " + String.join(" | ", c));
    }
    assertEquals("3", cells.get(0)[2], "SB under SC: " + table);
    assertEquals("4", cells.get(1)[2], "SB under RC11: " + table);
    assertEquals(4, rows.size());
    assertTrue(table.contains("4 rows; duplicates 0;"), table);
  }

  @Test
  void theSeedSelectionIsTwoThreadScenariosOfSeedVariants() {
    List<Scenario> seeds = GraphBench.seedScenarios();
    assertTrue(seeds.stream().anyMatch(s -> s.name().equals("aio/seed/promela-notify")), seeds.toString());
    for (Scenario s : seeds) {
      assertEquals("seed", s.name().split("/")[1], s.name());
      assertEquals(2, GraphBench.threads(s), s.name());
    }
    assertTrue(seeds.stream().noneMatch(s -> s.name().equals("qemu-event/seed/reset-race")),
        "reset-race has 3 threads: " + seeds);
  }

  @Test
  void badOptionsExitThree() {
    assertEquals(Exit.BAD_INPUT, Main.execute("bench", "explore", "--repetitions", "0"));
    assertEquals(Exit.BAD_INPUT, Main.execute("bench", "explore", "--seeds", "3"));
  }
}
