package minotaur.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import minotaur.explore.scenario.Scenario;
import minotaur.fault.Faults;
import minotaur.mem.IntCell;
import org.junit.jupiter.api.Test;

/** Which named points the footprints call hot: followed by a step another thread's step conflicts with. */
class PointHeatTest {
  /**
   * The writer passes "w.racy" then writes the shared cell the reader reads, then "w.quiet" then
   * writes a cell no other thread touches: only the first window holds a conflicting step.
   */
  static final Scenario RACE = new Scenario("heat/race", "one racy window, one private", w -> {
    IntCell shared = w.memory().intCell("shared", 0);
    IntCell mine = w.memory().intCell("mine", 0);
    w.thread("writer", self -> {
      Faults.point("w.racy");
      shared.setVolatile(1);
      Faults.point("w.quiet");
      mine.setVolatile(mine.getVolatile() + 1);
    });
    w.thread("reader", self -> {
      Faults.point("r.read");
      shared.getVolatile();
    });
  });

  @Test
  void aPointBeforeASharedAccessIsHotAndOneBeforeAPrivateOneIsNot() {
    PointHeat heat = PointHeat.measure(List.of(RACE), 5, 1);
    Map<String, PointHeat.Point> byName = heat.ranked().stream()
        .collect(Collectors.toMap(PointHeat.Point::name, Function.identity()));
    assertEquals(5, heat.runs());
    assertEquals(5, byName.get("w.quiet").visits(), heat.ranked().toString());
    assertFalse(byName.get("w.quiet").hot(), heat.ranked().toString());
    assertEquals(5, byName.get("w.racy").conflicts(), heat.ranked().toString());
    assertEquals(5, byName.get("r.read").conflicts(), heat.ranked().toString());
    assertEquals(List.of("r.read", "w.racy"), heat.hot().stream().map(PointHeat.Point::name).sorted().toList());
  }

  @Test
  void theSameScenariosGiveTheSameHeat() {
    assertEquals(PointHeat.measure(List.of(RACE), 4, 7).ranked(), PointHeat.measure(List.of(RACE), 4, 7).ranked());
  }
}
