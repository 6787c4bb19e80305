package minotaur.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
  private static History history(String text) {
    return History.read(new HistoryReader(new StringReader(text), "h.edn"));
  }

  private static String error(String text) {
    return assertThrows(HistoryException.class, () -> history(text)).getMessage();
  }

  @Test
  void pairsEachInvocationWithItsCompletion() {
    History h = history("{:type :invoke, :f :write, :value 1, :process 0}\n"
        + "{:type :invoke, :f :read, :value nil, :process 1}\n"
        + "{:type :info, :f :start, :value nil, :process :nemesis}\n"
        + "{:type :ok, :f :read, :value 1, :process 1}\n"
        + "{:type :ok, :f :write, :value 1, :process 0}\n"
        + "{:type :invoke, :f :read, :value nil, :process 0}\n");
    assertEquals(4, h.partner(0));
    assertEquals(0, h.partner(4));
    assertEquals(3, h.partner(1));
    assertEquals(-1, h.partner(2));
    assertEquals(1, h.invocation(3));
    assertEquals(3, h.completion(1));
    assertEquals(2, h.completion(2));
    assertArrayEquals(new int[] {5}, h.pending());
    assertEquals(3, h.position(3));
    assertEquals(-1, h.position(6));
  }

  /**
   * Calls: one per client invocation, in invocation order, with its completion; a missing
   * completion is an :info call; nemesis ops are not calls; each op finds its call by position.
   */
  @Test
  void callsPairEachClientInvocationOnce() {
    History h = history("{:type :invoke, :f :write, :value 1, :process 0}\n"
        + "{:type :invoke, :f :start, :value nil, :process :nemesis}\n"
        + "{:type :invoke, :f :read, :value nil, :process 1}\n"
        + "{:type :info, :f :start, :value nil, :process :nemesis}\n"
        + "{:type :info, :f :spin, :value {:point \"x\"}, :process :nemesis}\n"
        + "{:type :ok, :f :read, :value 1, :process 1}\n"
        + "{:type :fail, :f :write, :value 1, :process 0}\n"
        + "{:type :invoke, :f :cas, :value [1 2], :process 1}\n"
        + "{:type :info, :process 1, :error :timeout}\n"
        + "{:type :invoke, :f :read, :value nil, :process 0}\n");
    List<Call> calls = h.calls();
    assertEquals(4, calls.size(), calls.toString());
    Call write = calls.get(0);
    Call read = calls.get(1);
    Call cas = calls.get(2);
    Call pending = calls.get(3);
    assertEquals(List.of(0, 2, 7, 9), calls.stream().map(Call::invokeAt).toList());
    assertEquals(List.of(6, 5, 8, -1), calls.stream().map(Call::completionAt).toList());
    assertEquals(List.of(Op.Type.FAIL, Op.Type.OK, Op.Type.INFO, Op.Type.INFO),
        calls.stream().map(Call::type).toList());
    assertEquals(1L, read.value(), "an ok call's value is its completion's");
    assertEquals(1L, write.value());
    assertEquals(Keyword.intern("cas"), cas.completion().f(), "the :info completion filled from its invocation");
    assertEquals(0, pending.process());
    assertNull(pending.completion());
    assertEquals(Long.MAX_VALUE, pending.completionTime());
    assertEquals(Op.ABSENT, pending.completionIndex());
    assertTrue(pending.indeterminate() && !pending.completed());
    assertEquals(Op.Type.INFO, pending.completionOrInfo().type());
    assertEquals(read, h.callAt(2));
    assertEquals(read, h.callAt(5));
    assertNull(h.callAt(1), "a nemesis invoke");
    assertNull(h.callAt(4), "a standalone nemesis event");
    assertSame(calls, h.calls(), "computed once");
    assertThrows(UnsupportedOperationException.class, () -> calls.add(write));
    assertEquals(calls, History.from(List.copyOf(h)).calls(), "a plain list pairs the same");
  }

  @Test
  void infoCompletionTakesFAndValueFromItsInvocation() {
    History h = history("{:type :invoke, :f :cas, :value [1 2], :process 3}\n{:type :info, :process 3, :error :timeout}\n");
    Op info = h.get(1);
    assertEquals(Keyword.intern("cas"), info.f());
    assertEquals(h.get(0).value(), info.value());
    assertEquals(Keyword.intern("timeout"), info.get("error"));
  }

  @Test
  void okAndFailKeepTheirOwnValue() {
    History h = history("{:type :invoke, :f :read, :value 5, :process 3}\n{:type :ok, :f :read, :value nil, :process 3}\n");
    assertEquals(null, h.get(1).value());
  }

  @Test
  void aCompletionWithoutInvocationIsAnError() {
    assertEquals("h.edn:2: completion without invocation: process 1 has no operation pending: "
        + "{:type :ok, :f :read, :value 3, :process 1, :index 1}",
        error("{:type :invoke, :f :read, :process 0}\n{:type :ok, :f :read, :value 3, :process 1}\n"));
  }

  @Test
  void aSecondInvocationWhileOneIsPendingIsAnError() {
    assertEquals("h.edn:3: process 0 invokes again while its invocation on line 1 is pending: "
        + "{:type :invoke, :f :write, :value 2, :process 0, :index 2}",
        error("{:type :invoke, :f :read, :process 0}\n{:type :invoke, :f :read, :process 1}\n"
            + "{:type :invoke, :f :write, :value 2, :process 0}\n"));
  }

  @Test
  void aCompletionOfAnotherFunctionIsAnError() {
    assertEquals("h.edn:2: completion :write does not match its invocation :read on line 1: "
        + "{:type :ok, :f :write, :value nil, :process 0, :index 1}",
        error("{:type :invoke, :f :read, :process 0}\n{:type :ok, :f :write, :process 0}\n"));
  }

  @Test
  void inMemoryHistoriesAreValidatedToo() {
    History h = History.of(List.of(Op.invoke(0, "read", null), Op.ok(0, "read", 1)));
    assertEquals(1, h.partner(0));
    HistoryException e = assertThrows(HistoryException.class, () -> History.of("mem", List.of(Op.ok(0, "read", 1))));
    assertEquals(1, e.line());
  }

  @Test
  void keepsOriginalIndexesOfAnExcerpt() {
    History h = history("{:type :invoke, :f :read, :process 0, :index 40}\n{:type :ok, :f :read, :process 0, :index 42}\n");
    assertEquals(1, h.position(42));
    assertEquals(-1, h.position(41));
  }

  @Test
  void aStreamingBuilderChecksWithoutKeepingOps() {
    History.Builder b = new History.Builder("s", false);
    b.add(Op.invoke(0, "read", null), 1);
    Op info = b.add(new Op(0, Op.Type.INFO, null, null, Op.ABSENT, Op.ABSENT, null), 2);
    assertEquals(0, b.lastInvocation());
    assertEquals(Keyword.intern("read"), info.f());
    assertThrows(IllegalStateException.class, () -> b.build(List.of()));
  }
}
