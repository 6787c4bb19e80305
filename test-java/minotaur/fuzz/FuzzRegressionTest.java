package minotaur.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import minotaur.cli.Main;
import minotaur.explore.ReplayToken;
import minotaur.explore.litmus.LitmusParser;
import minotaur.fault.FaultPlan;
import minotaur.history.BadInput;
import minotaur.history.Edn;
import minotaur.history.History;
import minotaur.history.HistoryException;
import minotaur.history.HistoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The reader bugs the fuzz campaigns found (the jqwik ones before them, then the seeded JUnit
 * campaigns of this package), one ordinary test each, so they stay fixed.
 */
class FuzzRegressionTest {
  @TempDir Path dir;

  static String[] run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new String[] {String.valueOf(cl.execute(args)), out.toString(), err.toString()};
  }

  /** Was a ClassCastException out of TimerListModel.step: a :mod whose :value is not [id expire]. */
  @Test
  void aValueOfTheWrongShapeIsBadInputAtItsLine() throws Exception {
    Path h = dir.resolve("t.edn");
    Files.writeString(h, "{:type :invoke :process 1 :f :mod :value [1 10]}\n{:type :ok :process 1 :f :mod :value [1 10]}\n"
        + "{:type :invoke :process 0 :f :mod :value 0}\n");
    String[] r = run("check", h.toString(), "--model", "timer-list");
    assertEquals("3", r[0], r[1] + r[2]);
    assertTrue(r[2].startsWith("minotaur: " + h + ":3: op at index 2: a :mod whose :value 0 this model cannot take"), r[2]);
    assertEquals(1, r[2].strip().lines().count(), r[2]);
    Path cas = dir.resolve("c.edn");
    Files.writeString(cas, "{:type :invoke :process 0 :f :cas :value 5}\n{:type :ok :process 0 :f :cas :value 5}\n");
    assertEquals("3", run("check", cas.toString(), "--model", "cas-register", "--init", "0")[0]);
  }

  /** Was a StackOverflowError in Clojure's reader (and then in hashing the value). */
  @Test
  void deepNestingIsOneLineOfBadInput() {
    String deep = "{:type :invoke :process 0 :value " + "[".repeat(20_000) + "1" + "]".repeat(20_000) + "}\n";
    HistoryException e = assertThrows(HistoryException.class,
        () -> History.read(new HistoryReader(new StringReader("{:type :invoke :process 1}\n" + deep), "deep.edn")));
    assertEquals("deep.edn:2: malformed EDN: nested deeper than 500 levels", e.getMessage());
    String tags = "{:type :invoke :process 0 :value " + "#x ".repeat(20_000) + "1}\n";
    e = assertThrows(HistoryException.class, () -> History.read(new HistoryReader(new StringReader(tags), "tags.edn")));
    assertEquals("tags.edn:1: malformed EDN: nested too deeply", e.getMessage());
    String discards = "#_".repeat(20_000) + "1\n";
    e = assertThrows(HistoryException.class, () -> History.read(new HistoryReader(new StringReader(discards), "d.edn")));
    assertEquals("d.edn:1: malformed EDN: nested deeper than 500 levels", e.getMessage());
    e = assertThrows(HistoryException.class, () -> Edn.read("{:valid? false :op " + "[".repeat(200_000) + "}", "r.edn"));
    assertEquals("r.edn:1: malformed EDN: nested too deeply", e.getMessage());
    // 500 levels are still read.
    String ok = "{:type :invoke :process 0 :value " + "[".repeat(499) + "1" + "]".repeat(499) + "}\n";
    assertEquals(1, History.read(new HistoryReader(new StringReader(ok), "ok.edn")).size());
  }

  /** Was a message spanning lines (the token echoed with its newline), and 2^31 choices allocated. */
  @Test
  void badReplayTokensAreOneShortLine() {
    BadInput e = assertThrows(BadInput.class, () -> ReplayToken.parse("litmus/sb:sc:\nx"));
    assertEquals("bad replay token 'litmus/sb:sc:\\nx': bad choice '\\nx'", e.getMessage());
    e = assertThrows(BadInput.class, () -> ReplayToken.parse("litmus/sb:s\nc:0"));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    e = assertThrows(BadInput.class, () -> ReplayToken.parse("litmus/sb:sc:0*2147483647"));
    assertEquals("bad replay token 'litmus/sb:sc:0*2147483647': more than 1048576 choices", e.getMessage());
  }

  /** Was picocli's "cannot convert ... (java.nio.file.InvalidPathException: ...)". */
  @Test
  void aPathThatCannotBeOneIsPlainBadUsage() {
    String[] r = run("check", "a\0b", "--model", "register");
    assertEquals("3", r[0]);
    assertTrue(r[2].contains("bad path 'a\\0b': Nul character not allowed") && !r[2].contains("Exception"), r[2]);
  }

  /** Was accepted: two ops with one :index, which reports and explanations locate by index. */
  @Test
  void aDuplicateIndexIsBadInputAtItsLine() {
    String h = "{:type :invoke :process 0 :f :read :index 5}\n{:type :ok :process 0 :f :read :value 1 :index 3}\n"
        + "{:type :invoke :process 1 :f :read :index 5}\n";
    HistoryException e = assertThrows(HistoryException.class, () -> History.read(new HistoryReader(new StringReader(h), "dup.edn")));
    assertTrue(e.getMessage().startsWith("dup.edn:3: duplicate :index 5: "), e.getMessage());
    String increasing = "{:type :invoke :process 0 :f :read :index 5}\n{:type :ok :process 0 :f :read :value 1 :index 9}\n";
    assertEquals(2, History.read(new HistoryReader(new StringReader(increasing), "ok.edn")).size());
    String positions = "{:type :invoke :process 0 :f :read}\n{:type :ok :process 0 :f :read :value 1 :index 0}\n";
    assertThrows(HistoryException.class, () -> History.read(new HistoryReader(new StringReader(positions), "p.edn")));
  }

  /** Was "history:1: ..." (the :run splitting validated the ops as a list of its own) instead of the file's line. */
  @Test
  void aBadlyPairedTimerListHistoryIsBadInputAtItsLine() throws Exception {
    Path h = dir.resolve("t.edn");
    Files.writeString(h, "{:type :invoke :process 0 :f :del :value 1}\n{:type :ok :process 0 :f :del :value 1}\n"
        + "; a comment\n{:type :ok :process 1 :f :expired :value [7 true]}\n");
    String[] r = run("check", h.toString(), "--model", "timer-list");
    assertEquals("3", r[0], r[1] + r[2]);
    assertTrue(r[2].startsWith("minotaur: " + h + ":4: completion without invocation: process 1"), r[2]);
  }

  /** Was a ClassCastException, IndexOutOfBoundsException or NullPointerException out of TimerListModel.splitRuns. */
  @Test
  void aRunWhoseValueIsNotNowAndTimersIsBadInputAtItsLine() throws Exception {
    Path h = dir.resolve("run.edn");
    for (String value : new String[] {"5", "[5 3]", "[5]", "[5 nil]"}) {
      Files.writeString(h, "{:type :invoke :process 0 :f :run}\n{:type :ok :process 0 :f :run :value " + value + "}\n");
      String[] r = run("check", h.toString(), "--model", "timer-list");
      assertEquals("3", r[0], value + ": " + r[1] + r[2]);
      assertEquals("minotaur: " + h + ":2: op at index 1: a :run whose :value " + value + " is not [now [timer...]]",
          r[2].strip(), value);
    }
    Files.writeString(h, "{:type :invoke :process 0 :f :run}\n{:type :ok :process 0 :f :run :value [5 []]}\n");
    assertEquals("0", run("check", h.toString(), "--model", "timer-list")[0]);
  }

  /** Was a message split in two by the carriage return of the truncated line it echoes. */
  @Test
  void aTruncatedLineWithACarriageReturnIsOneLine() {
    HistoryException e = assertThrows(HistoryException.class,
        () -> History.read(new HistoryReader(new StringReader("{:type :invoke :proce\rss -1 :f :"), "cr.edn")));
    assertEquals("cr.edn:1: truncated last line (was the recorder killed?): {:type :invoke :proce\\rss -1 :f :",
        e.getMessage());
    assertEquals("a\\nb\\rc", new BadInput("a\nb\rc").getMessage());
  }

  /** Was a StackOverflowError in LitmusParser's recursive descent (a run of unary minus, parentheses). */
  @Test
  void deepLitmusNestingIsBadInputAtItsLine() {
    String head = "C deep\n{ x = 0; }\nP0(atomic_int *x) {\n  int r0 = ";
    for (String deep : new String[] {"-".repeat(20_000) + "1", "(".repeat(20_000) + "1" + ")".repeat(20_000)}) {
      BadInput e = assertThrows(BadInput.class, () -> LitmusParser.parse("deep.litmus", head + deep + ";\n}\nexists (0:r0=1)\n"));
      assertEquals("deep.litmus:4: nested deeper than 100 levels", e.getMessage());
    }
    String cond = "C deep\n{ x = 0; }\nP0(atomic_int *x) {\n  int r0 = 1;\n}\nexists " + "~".repeat(20_000) + "(0:r0=1)\n";
    assertEquals("deep.litmus:6: nested deeper than 100 levels",
        assertThrows(BadInput.class, () -> LitmusParser.parse("deep.litmus", cond)).getMessage());
    String ok = head + "-".repeat(90) + "1;\n}\nexists (0:r0=1)\n";
    assertEquals("deep", LitmusParser.parse("ok.litmus", ok).name());
  }

  /** Was an IndexOutOfBoundsException out of TimerListModel.step: a :fire or :mod whose :value is too short a vector. */
  @Test
  void aValueTooShortIsBadInputAtItsLine() throws Exception {
    Path h = dir.resolve("short.edn");
    Files.writeString(h, "{:type :invoke :process 0 :f :mod :value [0 19]}\n{:type :ok :process 0 :f :mod :value [0 19]}\n"
        + "{:type :invoke :process 2 :f :fire :value [7 4]}\n{:type :ok :process 2 :f :fire :value [1]}\n");
    String[] r = run("check", h.toString(), "--model", "timer-list");
    assertEquals("3", r[0], r[1] + r[2]);
    assertEquals("minotaur: " + h + ":3: op at index 2: a :fire whose :value [1] this model cannot take", r[2].strip());
  }

  /** Runs {@code action} on a thread with the stack {@code ./minotaur} gives the CLI (-Xss4m); returns what it threw. */
  static Throwable thrownOnCliStack(Runnable action) throws InterruptedException {
    Throwable[] thrown = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        action.run();
      } catch (Throwable e) {
        thrown[0] = e;
      }
    }, "cli-stack", 4L << 20);
    t.start();
    t.join();
    return thrown[0];
  }

  /** Was a StackOverflowError printing, for the message, a plan value that Clojure's reader had read. */
  @Test
  void aDeepFaultPlanValueIsOneShortLine() throws Exception {
    for (int n : new int[] {3_000, 6_000, 10_000}) {
      String deep = "[".repeat(n) + "]".repeat(n);
      for (String plan : new String[] {"{:faults [" + deep + "]}", "{" + deep + " 1}",
          "{:faults [{:points \"a\" :action :spin :duration " + deep + "}]}"}) {
        Throwable e = thrownOnCliStack(() -> FaultPlan.parse(plan, "p.edn"));
        assertTrue(e instanceof BadInput && e.getMessage().startsWith("p.edn:1: ") && e.getMessage().length() < 200,
            n + ": " + e);
      }
    }
  }

  /** Was a StackOverflowError in report --result: a result value read on a 4 MB stack, nested too deeply to print. */
  @Test
  void aDeepResultValueIsBadInputAtItsLine() throws Exception {
    for (String deep : new String[] {"[".repeat(3_000) + "]".repeat(3_000), "#x ".repeat(3_000) + "1"}) {
      Throwable e = thrownOnCliStack(() -> Edn.read("; a result\n{:valid? false :op " + deep + "}", "r.edn"));
      assertTrue(e instanceof BadInput, String.valueOf(e));
      assertTrue(e.getMessage().startsWith("r.edn:2: malformed EDN: nested "), e.getMessage());
    }
    assertEquals("r.edn:1: malformed EDN: nested deeper than 500 levels",
        thrownOnCliStack(() -> Edn.read("[".repeat(3_000) + "]".repeat(3_000), "r.edn")).getMessage());
    assertTrue(Edn.read("{:a " + "[".repeat(499) + "1" + "]".repeat(499) + "}", "ok.edn") instanceof java.util.Map);
  }

  /** Was an ArrayIndexOutOfBoundsException (a stack trace) replaying a graph token naming thread -1. */
  @Test
  void aGraphTokenWithANegativeNumberIsBadInput() {
    for (String token : new String[] {"litmus/sb:sc:g.-1w7.1ri", "litmus/sb:ra:g.0w1.1w1.0r1--1.1ri", "litmus/sb:ra:g.0w-1"}) {
      String[] r = run("explore", "--replay", token, "--out", dir.toString());
      assertEquals("3", r[0], token + ": " + r[1] + r[2]);
      assertTrue(r[2].startsWith("minotaur: bad graph choice '") && r[2].strip().lines().count() == 1, r[2]);
    }
    assertEquals("1", run("explore", "--replay", "litmus/sb:ra:g.0w1.1w1.0ri.1ri", "--out", dir.toString())[0]);
  }

  /** Was a NumberFormatException out of LitmusParser: a thread header past int, e.g. P399999999999999999999. */
  @Test
  void aThreadNumberPastIntIsBadInputAtItsLine() {
    BadInput e = assertThrows(BadInput.class, () -> LitmusParser.parse("big.litmus",
        "C big\n{ x = 0; }\nP399999999999999999999(atomic_int *x) {\n  int r0 = 1;\n}\nexists (0:r0=1)\n"));
    assertEquals("big.litmus:3: thread P399999999999999999999 out of order: expected P0", e.getMessage());
  }
}
