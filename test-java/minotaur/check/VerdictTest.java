package minotaur.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minotaur.check.exclusion.SectionOverlap;
import minotaur.check.liveness.LostWakeupChecker;
import minotaur.check.liveness.Wakeups;
import minotaur.check.reclaim.RcuTortureChecker;
import minotaur.history.Edn;
import minotaur.history.History;
import minotaur.history.Op;
import minotaur.model.Models;
import minotaur.report.Explanation;
import minotaur.report.HtmlReport;
import org.junit.jupiter.api.Test;

/**
 * One verdict type for every checker: each kind of violation (linearizability, exclusion,
 * liveness, reclamation) fails with its ops, a message and an explanation, and the HTML report
 * shows that explanation read back from the printed result.
 */
class VerdictTest {
  private static final Keyword NOTIFY = Keyword.intern("notify");
  private static final Keyword WAIT = Keyword.intern("wait");

  /** A flag: a notify obliges the waiter to wake; the waiter returning discharges everything. */
  private static final Wakeups FLAG = new Wakeups() {
    @Override public List<Object> obligations(Op invoke, Op completion) {
      return NOTIFY.equals(invoke.f()) ? List.of("flag") : List.of();
    }

    @Override public List<Object> discharges(Op invoke, Op completion) {
      return WAIT.equals(invoke.f()) ? null : List.of();
    }

    @Override public boolean isWait(Op invoke) {
      return WAIT.equals(invoke.f());
    }
  };

  private static History history(Op... ops) {
    Op[] timed = new Op[ops.length];
    for (int i = 0; i < ops.length; i++) timed[i] = ops[i].time() > 0 ? ops[i] : ops[i].withTime(i + 1);
    return History.of(List.of(timed));
  }

  static Map<String, Object[]> violations() {
    Map<String, Object[]> v = new LinkedHashMap<>();
    History overlap = history(Op.invoke(0, "acquire", null), Op.ok(0, "acquire", null),
        Op.invoke(1, "acquire", null), Op.ok(1, "acquire", null),
        Op.invoke(0, "release", null), Op.ok(0, "release", null),
        Op.invoke(1, "release", null), Op.ok(1, "release", null));
    v.put("exclusion", new Object[] {overlap, SectionOverlap.lock(overlap)});
    History lost = history(Op.invoke(0, "wait", null), Op.invoke(1, "notify", null), Op.ok(1, "notify", null),
        Op.info(0, "wait", null).with("error", Wakeups.TIMEOUT).withTime(2_000_000_000L));
    v.put("liveness", new Object[] {lost, new LostWakeupChecker(FLAG, 1_000_000).check(lost)});
    History hung = history(Op.invoke(0, "read", null), Op.ok(0, "read", null), Op.invoke(1, "sync", null));
    v.put("reclamation", new Object[] {hung, RcuTortureChecker.check(hung)});
    History stale = History.load(Path.of("histories/examples/cas-register-stale-read.edn"));
    v.put("linearizability", new Object[] {stale,
        Linearizability.check(Models.named("cas-register", null), stale, CheckOptions.defaults()).verdict()});
    return v;
  }

  @Test
  void everyKindOfViolationFailsWithOpsAMessageAndAnExplanation() {
    for (Map.Entry<String, Object[]> e : violations().entrySet()) {
      History h = (History) e.getValue()[0];
      Verdict v = (Verdict) e.getValue()[1];
      String kind = e.getKey();
      assertTrue(v.violated(), kind + ": " + v);
      assertEquals(Boolean.FALSE, v.toEdn().valAt(Verdict.VALID), kind);
      assertFalse(v.failing().isEmpty(), kind + " names its failing ops");
      for (Op op : v.failing()) assertTrue(h.position(op.index()) >= 0, kind + ": " + op + " is in the history");
      assertNotNull(v.message(), kind);
      assertFalse(v.explanation().isEmpty(), kind + " explains itself");
      if (!kind.equals("linearizability")) {
        assertEquals(v, Verdict.of(v.toEdn()), kind + " reads back from its map");
        assertEquals(v.explanation(), Verdict.of(v.toEdn()).explanation(), kind);
        assertEquals(v.failing(), Verdict.of(v.toEdn()).failing(), kind);
      }
    }
  }

  /** The report, given a run's result nesting the verdict, shows the checker's message and steps. */
  @Test
  void theReportShowsEachCheckersExplanation() {
    for (Map.Entry<String, Object[]> e : violations().entrySet()) {
      History h = (History) e.getValue()[0];
      Verdict v = (Verdict) e.getValue()[1];
      String kind = e.getKey();
      Map<String, Verdict> parts = new LinkedHashMap<>();
      parts.put("ok", Verdict.holds(true).build());
      parts.put(kind, v);
      Verdict composed = Verdict.compose(parts);
      assertEquals(Boolean.FALSE, composed.valid());
      assertEquals(v.failing(), composed.failing(), kind);
      IPersistentMap run = clojure.lang.PersistentArrayMap.EMPTY.assoc(Verdict.VALID, false)
          .assoc(Keyword.intern("results"), composed.toEdn().without(Verdict.VALID));
      IPersistentMap result = (IPersistentMap) Edn.read(Edn.print(run), kind); // as a .result.edn reads back
      Explanation ex = Explanation.of(result, h);
      assertTrue(ex.invalid(), kind);
      assertEquals(h.position(v.failing().get(0).index()), ex.failing(), kind + ": the failing op is located");
      if (kind.equals("linearizability")) {
        assertFalse(ex.paths().isEmpty(), "final paths");
        continue;
      }
      assertEquals(v.message(), ex.message(), kind);
      assertEquals(v.explanation().size(), ex.story().size(), kind);
      for (Explanation.Said s : ex.story()) assertTrue(s.position() >= 0 || s.op().isEmpty(), kind + ": " + s);
      String html = HtmlReport.render(h, result, HtmlReport.Options.titled(kind));
      assertTrue(html.contains(prefix(v.message())), kind + ": the message is in the report's data");
      assertTrue(html.contains(prefix(v.explanation().get(0).says())), kind + ": so is its first step");
    }
  }

  private static String prefix(String s) {
    return s.substring(0, Math.min(24, s.length()));
  }

  @Test
  void composeMergesAsJepsen() {
    Verdict ok = Verdict.holds(true).build();
    Verdict unknown = Verdict.unknown().detail("cause", "timeout").build();
    Verdict bad = Verdict.holds(false).message("broken").build();
    assertEquals(Verdict.UNKNOWN, Verdict.compose(Map.of("a", ok, "b", unknown)).valid());
    Map<String, Verdict> all = new LinkedHashMap<>();
    all.put("a", ok);
    all.put("b", unknown);
    all.put("c", bad);
    Verdict c = Verdict.compose(all);
    assertEquals(Boolean.FALSE, c.valid());
    assertEquals("c: broken", c.message());
    assertEquals("{:valid? false, :a {:valid? true}, :b {:valid? :unknown, :cause \"timeout\"}, "
        + ":c {:valid? false, :message \"broken\"}}", c.toString());
    assertEquals(Boolean.TRUE, Verdict.compose(Map.of()).valid());
  }
}
