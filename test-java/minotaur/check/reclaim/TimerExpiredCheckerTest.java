package minotaur.check.reclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import minotaur.history.Op;
import org.junit.jupiter.api.Test;

/**
 * The T2 checker on hand-written histories: the seed's {@code <} at rest is forbidden; the races
 * of a correct lockless reader (a moved head, a concurrent firing, the -1 of a delete) are
 * acceptable; an answer no state allows is forbidden in either direction.
 */
class TimerExpiredCheckerTest {
  private final List<Op> h = new ArrayList<>();

  private Op call(int process, String f, Object value) {
    Op op = Op.invoke(process, f, value);
    h.add(op);
    return op;
  }

  private void ok(Op invoke, Object value) {
    h.add(invoke.withType(Op.Type.OK).withValue(value));
  }

  private void done(int process, String f, Object value) {
    ok(call(process, f, value), value);
  }

  private static Object at(long now, Object result) {
    return Arrays.asList(now, result);
  }

  private boolean valid() {
    IPersistentMap v = TimerExpiredChecker.check(h).toEdn();
    System.out.println(v.valAt(Keyword.intern("summary")));
    return (Boolean) v.valAt(Keyword.intern("valid?"));
  }

  /** Forbidden: the only timer is due exactly now and nothing races the read (the seed's <). */
  @Test
  void notExpiredAtTheExpireTimeAtRestIsAViolation() {
    done(2, "mod", List.of(1L, 10L));
    Op e = call(1, "expired", at(10, null));
    ok(e, at(10, false));
    assertEquals(false, valid());
  }

  @Test
  void expiredAtTheExpireTimeHolds() {
    done(2, "mod", List.of(1L, 10L));
    done(1, "expired", at(10, true));
    done(1, "expired", at(9, false));
    assertEquals(true, valid());
  }

  /** Acceptable: the reader held the head while a timer_mod moved it to 30, and read 30. */
  @Test
  void aHeadMovedDuringTheReadExcusesFalse() {
    done(2, "mod", List.of(1L, 10L));
    Op e = call(1, "expired", at(10, null));
    Op m = call(2, "mod", List.of(1L, 30L));
    ok(e, at(10, false));
    ok(m, List.of(1L, 30L));
    assertEquals(true, valid());
  }

  /** Acceptable: a concurrent run fired the timer before the reader loaded the head. */
  @Test
  void aConcurrentFiringExcusesFalse() {
    done(2, "mod", List.of(1L, 10L));
    Op r = call(0, "run", at(10, null));
    Op e = call(1, "expired", at(10, null));
    ok(e, at(10, false));
    ok(r, at(10, List.of(1L)));
    assertEquals(true, valid());
  }

  /** Acceptable: a timer_del wrote -1 into the head the reader held. */
  @Test
  void aConcurrentDeleteExcusesTrue() {
    done(2, "mod", List.of(1L, 50L));
    Op d = call(2, "del", 1L);
    Op e = call(1, "expired", at(10, null));
    ok(e, at(10, true));
    ok(d, 1L);
    assertEquals(true, valid());
  }

  /** Forbidden: true with nothing armed, or with only a later timer and nothing racing. */
  @Test
  void expiredWithNothingDueIsAViolation() {
    done(1, "expired", at(10, true));
    assertEquals(false, valid());
    h.clear();
    done(2, "mod", List.of(1L, 50L));
    done(2, "del", 1L);
    done(2, "mod", List.of(1L, 40L));
    done(1, "expired", at(10, true));
    assertEquals(false, valid());
  }

  /** A later timer that is always armed bounds the head: the due one must be seen. */
  @Test
  void anotherArmedTimerDoesNotExcuseFalseWhenTheDueOneIsEarlier() {
    done(2, "mod", List.of(1L, 10L));
    done(3, "mod", List.of(2L, 5L));
    done(1, "expired", at(10, false));
    assertEquals(false, valid());
  }

  /** A read of freed memory is T5's to report, not T2's. */
  @Test
  void aUseAfterFreeReadIsNotJudged() {
    done(2, "mod", List.of(1L, 10L));
    Op e = call(1, "expired", at(10, null));
    h.add(e.withType(Op.Type.OK).withValue(at(10, false)).with("use-after-free", List.of()));
    assertEquals(true, valid());
  }
}
