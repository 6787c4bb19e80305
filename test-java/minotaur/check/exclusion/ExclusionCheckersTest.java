package minotaur.check.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minotaur.check.Verdict;
import minotaur.history.Op;
import org.junit.jupiter.api.Test;

/** Each checker on a good history and on a known-bad one it must catch. */
class ExclusionCheckersTest {
  private static final Keyword VALID = Keyword.intern("valid?");

  private static Object valid(IPersistentMap verdict) {
    return verdict.valAt(VALID);
  }

  private static List<Op> h(Op... ops) {
    return new ArrayList<>(Arrays.asList(ops));
  }

  private static Op infoBlocked(int p, String f) {
    return Op.info(p, f, null).with("error", Keyword.intern("still-blocked"));
  }

  @Test
  void sequentialLockSectionsDoNotOverlap() {
    List<Op> ok = h(Op.invoke(0, "acquire", null), Op.ok(0, "acquire", null),
        Op.invoke(1, "acquire", null),
        Op.invoke(0, "release", null), Op.ok(0, "release", null),
        Op.ok(1, "acquire", null), Op.invoke(1, "release", null), Op.ok(1, "release", null));
    assertEquals(true, valid(SectionOverlap.lock(ok).toEdn()));
  }

  @Test
  void twoOwnersAreAnOverlap() {
    // 1's acquire completes while 0 has not yet invoked its release: both inside.
    List<Op> bad = h(Op.invoke(0, "acquire", null), Op.ok(0, "acquire", null),
        Op.invoke(1, "acquire", null), Op.ok(1, "acquire", null),
        Op.invoke(0, "release", null), Op.ok(0, "release", null),
        Op.invoke(1, "release", null), Op.ok(1, "release", null));
    IPersistentMap v = SectionOverlap.lock(bad).toEdn();
    assertEquals(false, valid(v), v.toString());
    assertEquals(1L, v.valAt(Keyword.intern("overlap-count")));
  }

  @Test
  void failedTrylockAndIndeterminateAcquireMakeNoSection() {
    List<Op> h = h(Op.invoke(0, "acquire", null), Op.ok(0, "acquire", null),
        Op.invoke(1, "acquire", Keyword.intern("try")), Op.fail(1, "acquire", Keyword.intern("try")),
        Op.invoke(2, "acquire", null), Op.info(2, "acquire", null),
        Op.invoke(0, "release", null), Op.ok(0, "release", null));
    assertEquals(true, valid(SectionOverlap.lock(h).toEdn()));
  }

  @Test
  void heldUntilTheEndOverlapsALaterOwner() {
    List<Op> bad = h(Op.invoke(0, "acquire", null), Op.ok(0, "acquire", null),
        Op.invoke(1, "acquire", null), Op.ok(1, "acquire", null));
    assertEquals(false, valid(SectionOverlap.lock(bad).toEdn()));
  }

  @Test
  void execSectionsShareButExclusiveExcludes() {
    List<Op> shared = h(Op.invoke(0, "exec", null), Op.invoke(1, "exec", null),
        Op.ok(0, "exec", null), Op.ok(1, "exec", null),
        Op.invoke(2, "exclusive", null), Op.ok(2, "exclusive", null));
    assertEquals(true, valid(SectionOverlap.execAndExclusive(shared).toEdn()));

    List<Op> runsInside = h(Op.invoke(2, "exclusive", null), Op.invoke(0, "exec", null),
        Op.ok(0, "exec", null), Op.ok(2, "exclusive", null));
    assertEquals(false, valid(SectionOverlap.execAndExclusive(runsInside).toEdn()));

    List<Op> twoExclusive = h(Op.invoke(2, "exclusive", null), Op.invoke(3, "exclusive", null),
        Op.ok(2, "exclusive", null), Op.ok(3, "exclusive", null));
    assertEquals(false, valid(SectionOverlap.execAndExclusive(twoExclusive).toEdn()));
  }

  @Test
  void anExclusiveAbandonedWhileEnteringIsNoSection() {
    List<Op> h = h(Op.invoke(2, "exclusive", null), Op.invoke(0, "exec", null),
        Op.info(2, "exclusive", null), Op.ok(0, "exec", null));
    assertEquals(true, valid(SectionOverlap.execAndExclusive(h).toEdn()));
  }

  @Test
  void quiescenceReleaseEndsTheNamedProcessSection() {
    List<Op> h = h(Op.invoke(0, "acquire", null), Op.ok(0, "acquire", null),
        Op.invoke(9, "release", 0L), Op.ok(9, "release", 0L),
        Op.invoke(1, "acquire", null), Op.ok(1, "acquire", null));
    assertEquals(true, valid(SectionOverlap.lock(h).toEdn()));
  }

  @Test
  void counterMustEqualEnteredSections() {
    List<Op> h = h(Op.invoke(0, "acquire", null), Op.ok(0, "acquire", null),
        Op.invoke(0, "release", null), Op.ok(0, "release", null),
        Op.invoke(1, "acquire", null), Op.ok(1, "acquire", null),
        Op.invoke(1, "release", null), Op.ok(1, "release", null),
        Op.invoke(2, "acquire", null), Op.info(2, "acquire", null));
    assertEquals(true, valid(ProtectedCounter.check(h, "acquire", 2).toEdn()));
    assertEquals(true, valid(ProtectedCounter.check(h, "acquire", 3).toEdn()), "the :info one may have got in");
    IPersistentMap lost = ProtectedCounter.check(h, "acquire", 1).toEdn();
    assertEquals(false, valid(lost), "an increment was lost: two owners");
    assertEquals(1L, lost.valAt(Keyword.intern("lost")));
    assertTrue(lost.valAt(Verdict.EXPLANATION).toString().contains("the counter reads 1 at rest"), lost.toString());
    assertEquals(false, valid(ProtectedCounter.check(h, "acquire", 4).toEdn()));
  }

  @Test
  void atRestNeedsIdleValues() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("pending-cpus", 0);
    expected.put("has-waiter", List.of(false, false));
    Map<String, Object> idle = new LinkedHashMap<>(Map.of("pending-cpus", 0, "has-waiter",
        List.of(false, false)));
    assertEquals(true, valid(AtRest.check(idle, expected).toEdn()));
    Map<String, Object> stuck = new LinkedHashMap<>(Map.of("pending-cpus", 2, "has-waiter",
        List.of(false, true)));
    IPersistentMap v = AtRest.check(stuck, expected).toEdn();
    assertEquals(false, valid(v));
    assertEquals(2, ((IPersistentMap) v.valAt(Keyword.intern("violations"))).count());
    assertEquals(2, AtRest.check(stuck, expected).explanation().size(), "a step per field not idle");
    assertEquals(false, valid(AtRest.check(Map.of(), expected).toEdn()), "a missing observation fails");
  }

  @Test
  void blockedAtQuiescenceIsALivenessFailure() {
    List<Op> fine = h(Op.invoke(0, "acquire", null), Op.ok(0, "acquire", null));
    assertEquals(true, valid(Quiescent.check(fine, true).toEdn()));
    List<Op> lostKick = h(Op.invoke(0, "acquire", null), Op.ok(0, "acquire", null),
        Op.invoke(1, "acquire", null), Op.invoke(0, "release", null), Op.ok(0, "release", null),
        infoBlocked(1, "acquire"));
    IPersistentMap v = Quiescent.check(lostKick, true).toEdn();
    assertEquals(false, valid(v));
    assertEquals("lost-wakeup: blocked although free at rest", v.valAt(Keyword.intern("cause")));
    List<Op> neverCompleted = h(Op.invoke(3, "exclusive", null));
    assertEquals(false, valid(Quiescent.check(neverCompleted, null).toEdn()));
  }

  @Test
  void fairnessIsMeasuredNeverFailed() {
    List<Op> h = h(Op.invoke(0, "acquire", null).withTime(0), Op.ok(0, "acquire", null).withTime(10),
        Op.invoke(1, "acquire", null).withTime(5), Op.invoke(0, "release", null).withTime(11),
        Op.ok(0, "release", null).withTime(12), Op.ok(1, "acquire", null).withTime(105));
    IPersistentMap v = Fairness.measure(h).toEdn();
    assertEquals(true, valid(v));
    assertEquals(100L, v.valAt(Keyword.intern("max-wait-ns")));
  }
}
