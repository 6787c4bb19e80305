package minotaur.check.reclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.io.StringReader;
import java.util.List;
import minotaur.history.HistoryReader;
import minotaur.check.Verdict;
import minotaur.history.Op;
import org.junit.jupiter.api.Test;

/** Each reclamation checker on small hand-written histories: one it must reject, one it must accept. */
class ReclaimCheckersTest {
  private static List<Op> h(String... lines) {
    return HistoryReader.readAll(new StringReader(String.join("\n", lines)), "test");
  }

  private static Object valid(IPersistentMap v) {
    return v.valAt(Keyword.intern("valid?"));
  }

  private static String summary(IPersistentMap v) {
    return (String) v.valAt(Keyword.intern("summary"));
  }

  @Test
  void useAfterFreeNamesReaderAndFree() {
    List<Op> bad = h(
        "{:type :invoke :f :expired :value [5 nil] :process 1 :index 0}",
        "{:type :invoke :f :free :value 20 :process 2 :index 1}",
        "{:type :ok :f :free :value 20 :process 2 :index 2}",
        "{:type :ok :f :expired :value [5 false] :process 1 :index 3 :use-after-free [{:address 0 :function \"timerlist_expired\" :field \"expire_time\" :kind :freed :free {:site {:process 2 :f :free :value 20}}}]}");
    IPersistentMap v = UseAfterFreeChecker.check(bad).toEdn();
    assertEquals(false, valid(v));
    assertTrue(summary(v).contains("process 1 :expired (index 3)") && summary(v).contains("process 2 :free 20 (index 1)"), summary(v));
    assertEquals(true, valid(UseAfterFreeChecker.check(bad.subList(0, 3)).toEdn()));
  }

  @Test
  void firingAfterACompletedDelIsRejected() {
    List<Op> bad = h(
        "{:type :invoke :f :mod :value [20 5] :process 2}",
        "{:type :ok :f :mod :value [20 5] :process 2}",
        "{:type :invoke :f :del :value 20 :process 2}",
        "{:type :ok :f :del :value 20 :process 2}",
        "{:type :invoke :f :run :value [9 nil] :process 0}",
        "{:type :ok :f :run :value [9 [20]] :process 0}");
    assertEquals(false, valid(TimerFiringChecker.check(bad).toEdn()));
    List<Op> concurrentDel = h(
        "{:type :invoke :f :mod :value [20 5] :process 2}",
        "{:type :ok :f :mod :value [20 5] :process 2}",
        "{:type :invoke :f :run :value [9 nil] :process 0}",
        "{:type :invoke :f :del :value 20 :process 2}",
        "{:type :ok :f :del :value 20 :process 2}",
        "{:type :ok :f :run :value [9 [20]] :process 0}");
    assertEquals(true, valid(TimerFiringChecker.check(concurrentDel).toEdn()));
  }

  @Test
  void earlyAndDoubleFiringsAreRejected() {
    List<Op> early = h(
        "{:type :invoke :f :mod :value [20 50] :process 2}",
        "{:type :ok :f :mod :value [20 50] :process 2}",
        "{:type :invoke :f :run :value [9 nil] :process 0}",
        "{:type :ok :f :run :value [9 [20]] :process 0}");
    assertEquals(false, valid(TimerFiringChecker.check(early).toEdn()));
    List<Op> twice = h(
        "{:type :invoke :f :mod :value [20 5] :process 2}",
        "{:type :ok :f :mod :value [20 5] :process 2}",
        "{:type :invoke :f :run :value [9 nil] :process 0}",
        "{:type :ok :f :run :value [9 [20]] :process 0}",
        "{:type :invoke :f :run :value [10 nil] :process 0}",
        "{:type :ok :f :run :value [10 [20]] :process 0}");
    assertEquals(false, valid(TimerFiringChecker.check(twice).toEdn()));
    assertEquals(true, valid(TimerFiringChecker.check(twice.subList(0, 4)).toEdn()));
  }

  @Test
  void armedTimerMissingFromTheDrainIsLost() {
    List<Op> lost = h(
        "{:type :invoke :f :mod :value [20 5] :process 2}",
        "{:type :ok :f :mod :value [20 5] :process 2}",
        "{:type :invoke :f :run :value [1000000 nil] :process 4}",
        "{:type :ok :f :run :value [1000000 []] :process 4}");
    IPersistentMap v = TimerFiringChecker.check(lost).toEdn();
    assertEquals(false, valid(v));
    assertTrue(summary(v).contains("lost"), summary(v));
  }

  @Test
  void listShape() {
    assertEquals(true, valid(TimerListShape.check(List.of(
        new TimerListShape.Entry(1, 5, true), new TimerListShape.Entry(2, 5, true))).toEdn()));
    assertEquals(false, valid(TimerListShape.check(List.of(
        new TimerListShape.Entry(1, 7, true), new TimerListShape.Entry(2, 5, true))).toEdn()));
    assertEquals(false, valid(TimerListShape.check(List.of(
        new TimerListShape.Entry(1, 5, true), new TimerListShape.Entry(1, 5, true))).toEdn()));
    Verdict freed = TimerListShape.check(List.of(new TimerListShape.Entry(1, 5, false)));
    assertEquals(false, freed.valid());
    assertEquals("freed timer@1 on the list", freed.explanation().get(0).says());
    assertEquals(false, valid(TimerListShape.check(List.of(new TimerListShape.Entry(1, -1, true))).toEdn()));
  }

  @Test
  void rcuTorture() {
    List<Op> good = h(
        "{:type :invoke :f :read :process 0}",
        "{:type :ok :f :read :value [1 0] :process 0}",
        "{:type :invoke :f :call-rcu :process 3}",
        "{:type :ok :f :call-rcu :value 1 :process 3}",
        "{:type :invoke :f :sync :process 2}",
        "{:type :ok :f :sync :process 2}",
        "{:type :invoke :f :drain :process 5}",
        "{:type :ok :f :drain :value {1 1} :process 5}");
    assertEquals(true, valid(RcuTortureChecker.check(good).toEdn()));
    assertEquals(false, valid(RcuTortureChecker.check(h(
        "{:type :invoke :f :sync :process 2}",
        "{:type :ok :f :sync :process 2 :early-return [0]}")).toEdn()));
    assertEquals(false, valid(RcuTortureChecker.check(h(
        "{:type :invoke :f :sync :process 2}",
        "{:type :info :f :sync :process 2 :error :timeout}")).toEdn()));
    assertEquals(false, valid(RcuTortureChecker.check(h(
        "{:type :invoke :f :read :process 0}",
        "{:type :ok :f :read :value [1 1] :process 0 :grace-period-during-read true}")).toEdn()));
    assertEquals(false, valid(RcuTortureChecker.check(h(
        "{:type :invoke :f :call-rcu :process 3}",
        "{:type :ok :f :call-rcu :value 1 :process 3}",
        "{:type :invoke :f :drain :process 5}",
        "{:type :ok :f :drain :value {1 2} :process 5}")).toEdn()));
  }
}
