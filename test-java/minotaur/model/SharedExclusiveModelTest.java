package minotaur.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import java.util.List;
import java.util.Map;
import minotaur.check.CheckOptions;
import minotaur.check.Linearizability;
import minotaur.history.Op;
import org.junit.jupiter.api.Test;

/** The shared-exclusive model: its steps, and linearizability verdicts on good and bad histories. */
class SharedExclusiveModelTest {
  private static final Keyword VERSION = Keyword.intern("version");

  private static Object excl(long v) {
    return Map.of(VERSION, v);
  }

  private static Object linear(List<Op> h) {
    return Linearizability.check(Models.named("shared-exclusive", 0L), h, CheckOptions.defaults()).valid();
  }

  @Test
  void steps() {
    Model m = Models.named("shared-exclusive", 0L);
    Model m1 = m.step(Op.ok(0, "exclusive", excl(0)));
    assertEquals(new SharedExclusiveModel(1), m1);
    assertEquals(m1, m1.step(Op.ok(1, "exec", List.of(1L, 1L))));
    assertTrue(m1.step(Op.ok(1, "exec", List.of(0L, 1L))).isInconsistent(), "an exclusive ran inside");
    assertTrue(m1.step(Op.ok(2, "exclusive", excl(0))).isInconsistent(), "two exclusives saw one version");
    assertEquals(new SharedExclusiveModel(2), m1.step(Op.invoke(2, "exclusive", null)));
  }

  @Test
  void sectionsInTurnAreLinearizable() {
    List<Op> h = List.of(Op.invoke(0, "exec", null), Op.invoke(1, "exclusive", null),
        Op.ok(0, "exec", List.of(0L, 0L)), Op.ok(1, "exclusive", excl(0)),
        Op.invoke(0, "exec", null), Op.ok(0, "exec", List.of(1L, 1L)));
    assertEquals(Boolean.TRUE, linear(h));
  }

  @Test
  void anExecThatSawTheVersionChangeIsNot() {
    List<Op> h = List.of(Op.invoke(0, "exec", null), Op.invoke(1, "exclusive", null),
        Op.ok(1, "exclusive", excl(0)), Op.ok(0, "exec", List.of(0L, 1L)));
    assertEquals(Boolean.FALSE, linear(h));
  }

  @Test
  void overlappingExclusivesAreNot() {
    List<Op> h = List.of(Op.invoke(1, "exclusive", null), Op.invoke(2, "exclusive", null),
        Op.ok(1, "exclusive", excl(0)), Op.ok(2, "exclusive", excl(0)));
    assertEquals(Boolean.FALSE, linear(h));
  }
}
