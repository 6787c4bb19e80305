package minotaur.explore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every registered scenario under every model, explored up to 2,000 executions, gives the complete,
 * blocked and duplicate counts and the verdict of {@code test-resources/golden/graph-counts-2000.txt}:
 * an engine change meant to be only faster (consistency checks, revisits, copies, hand-offs)
 * explores exactly the same graphs in the same order. Slow: about a minute on 2 cores.
 */
@Tag("slow")
class GraphCountsTest {
  private static final Path GOLDEN = Path.of("test-resources/golden/graph-counts-2000.txt");

  @Test
  void everyScenarioKeepsItsCounts() throws IOException {
    List<String> expected = Files.readAllLines(GOLDEN);
    List<String> differ = new ArrayList<>();
    Iterator<String> want = expected.iterator();
    GraphCounts.lines(2_000, "").forEach(got -> {
      String w = want.hasNext() ? want.next() : "(none)";
      if (!w.equals(got)) differ.add("expected " + w + "\n     got " + got);
    });
    want.forEachRemaining(w -> differ.add("expected " + w + "\n     got (no such scenario now)"));
    assertEquals(List.of(), differ, "lines that differ from " + GOLDEN + " (regenerate it only for a change meant to change the graphs)");
  }
}
