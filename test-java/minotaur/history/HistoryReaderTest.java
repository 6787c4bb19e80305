package minotaur.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import clojure.lang.PersistentVector;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryReaderTest {
  private static List<Op> read(String text) {
    return HistoryReader.readAll(new StringReader(text), "h.edn");
  }

  private static HistoryException error(String text) {
    return assertThrows(HistoryException.class, () -> read(text));
  }

  @Test
  void readsOneMapPerLineAndAssignsPositionsAsIndexes() {
    List<Op> ops = read("{:type :invoke, :f :write, :value 3, :process 0, :time 10}\n"
        + "{:type :ok, :f :write, :value 3, :process 0, :time 20}\n");
    assertEquals(2, ops.size());
    assertEquals(Op.invoke(0, "write", 3L).withTime(10).withIndex(0), ops.get(0));
    assertEquals(1, ops.get(1).index());
  }

  @Test
  void readsKnossosLayouts() {
    String list = "(; a comment before the first op\n"
        + " {:type :invoke, :f :cas,\n  :value [1 2], :process 1}\n"
        + " ; between ops\n"
        + " {:process 1 :type :info :f :cas :value [1 2] :error \"Cut off [:n3 #[:n4]]\"}\n"
        + " #_ {:type :ok} ,\n"
        + " #jepsen.history.Op{:type :invoke, :f :read, :value nil, :process 2, :index 7})\n";
    List<Op> ops = read(list);
    assertEquals(3, ops.size());
    assertEquals(PersistentVector.create(1L, 2L), ops.get(0).value());
    assertEquals("Cut off [:n3 #[:n4]]", ops.get(1).get("error"));
    assertEquals(7, ops.get(2).index());
    assertEquals(2, read("[{:type :invoke :f :read :process 0}\n{:type :ok :f :read :process 0 :value 1}]").size());
    assertEquals(0, read("[]").size());
    assertEquals(0, read("; nothing but a comment").size());
  }

  @Test
  void malformedEdnNamesTheLineTheFormStartsOn() {
    HistoryException e = error("{:type :invoke, :f :read, :process 0}\n{:type :ok, :f :read :process 0 :value #{1 1}}\n");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("h.edn:2: malformed EDN: "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void unknownTypeNamesTheLine() {
    HistoryException e = error("{:type :invoke, :f :read, :process 0}\n\n{:type :done, :f :read, :process 0}\n");
    assertEquals("h.edn:3: unknown :type :done (expected :invoke, :ok, :fail or :info)", e.getMessage());
  }

  @Test
  void anUnclosedMapInTheMiddleIsMalformedNotTruncated() {
    HistoryException e = error("{:type :invoke, :f :read, :process 0}\n{:type :ok, :f :read, :process 0\n"
        + "{:type :invoke, :f :read, :process 1}\n");
    assertEquals(2, e.line());
    assertEquals("h.edn:2: malformed EDN: '{' is never closed (the file ends on line 4)", e.getMessage());
  }

  @Test
  void aTruncatedLastLineIsReportedAsSuch() {
    String text = "{:type :invoke, :f :read, :process 0, :value nil}\n{:type :ok, :f :read, :proc";
    HistoryException e = error(text);
    assertEquals("h.edn:2: truncated last line (was the recorder killed?): {:type :ok, :f :read, :proc", e.getMessage());
    HistoryReader lenient = new HistoryReader(new StringReader(text), "h.edn").lenient();
    assertEquals(1, History.read(lenient).size());
    assertEquals(List.of("h.edn:2: dropped truncated last line: {:type :ok, :f :read, :proc"), lenient.warnings());
  }

  @Test
  void aTruncatedStringOnTheLastLineIsTruncationToo() {
    HistoryException e = error("{:type :invoke, :f :read, :process 0}\n{:type :info, :f :read, :process 0, :error \"time");
    assertTrue(e.getMessage().startsWith("h.edn:2: truncated last line"), e.getMessage());
  }

  @Test
  void aVectorWithoutItsClosingBracketIsTruncatedOrLeniently() {
    String text = "[{:type :invoke, :f :read, :process 0}\n {:type :ok, :f :read, :process 0, :value 1}\n";
    assertEquals("h.edn:3: truncated: the top-level collection opened on line 1 has no closing ']'", error(text).getMessage());
    HistoryReader lenient = new HistoryReader(new StringReader(text), "h.edn").lenient();
    assertEquals(2, History.read(lenient).size());
    assertEquals(1, lenient.warnings().size());
  }

  @Test
  void textAfterTheTopLevelVectorIsAnError() {
    assertEquals("h.edn:2: unexpected text after the closing ']'",
        error("[{:type :invoke, :f :read, :process 0}]\n{:type :ok}").getMessage());
    assertEquals("h.edn:1: malformed EDN: unmatched '}'", error("}").getMessage());
  }

  @Test
  void nonOpsAndBadFieldsAreOneLineErrors() {
    assertEquals("h.edn:1: expected an op map, got 42", error("42").getMessage());
    assertEquals("h.edn:1: op has no :process: {:type :invoke, :f :read}", error("{:type :invoke, :f :read}").getMessage());
    assertEquals("h.edn:1: bad :f \"read\" (expected a keyword)", error("{:type :invoke, :f \"read\", :process 0}").getMessage());
    assertEquals("h.edn:1: bad :time 1.5 (expected an integer)", error("{:type :invoke, :process 0, :time 1.5}").getMessage());
    assertTrue(error("{:type :invoke, :type :ok, :process 0}").getMessage().startsWith("h.edn:1: malformed EDN: Duplicate key: :type"));
  }

  @Test
  void keepsExtraKeysAndNamespacedKeywords() {
    Op op = read("{:type :info, :f :acquire, :process :nemesis, :error [:not-found \"x\\ty\"], :jepsen/node :n1}").get(0);
    assertEquals(Op.NEMESIS, op.process());
    assertEquals(PersistentVector.create(Keyword.intern("not-found"), "x\ty"), op.get("error"));
    assertEquals("n1", ((Keyword) op.extra().valAt(Keyword.intern("jepsen", "node"))).getName());
  }
}
