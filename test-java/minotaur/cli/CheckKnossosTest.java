package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import clojure.java.api.Clojure;
import clojure.lang.IPersistentMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code check --knossos}: without Knossos on the classpath, one line saying how to add it (exit
 * 3); the side-by-side line, with an analyzer that throws shown as its own error verdict.
 */
class CheckKnossosTest {
  @TempDir Path dir;

  static boolean knossosAvailable() {
    Clojure.var("clojure.core", "require").invoke(Clojure.read("minotaur.knossos"));
    return Boolean.TRUE.equals(Clojure.var("minotaur.knossos", "available?").invoke());
  }

  @Test
  void withoutKnossosItIsOneLineSayingHowToAddIt() throws IOException {
    assumeFalse(knossosAvailable(), "Knossos is on the classpath");
    Path h = dir.resolve("h.edn");
    Files.writeString(h, CheckCommandTest.STALE);
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    assertEquals(Exit.BAD_INPUT, cl.execute("check", h.toString(), "--model", "cas-register", "--init", "0", "--knossos"));
    String e = err.toString().strip();
    assertEquals(1, e.lines().count(), e);
    assertTrue(e.startsWith("minotaur: Knossos is not on the classpath") && e.contains(":knossos alias")
        && e.contains("-Pknossos"), e);
  }

  @Test
  void theLineShowsEachVerdictAndTimeAndAThrowingAnalyzerAsAnError() {
    knossosAvailable();
    Object compare = Clojure.var("minotaur.knossos", "compare");
    Object history = Clojure.read("[{:process 0 :type :invoke :f :write :value 1} {:process 0 :type :ok :f :write :value 1}"
        + " {:process 1 :type :invoke :f :read :value nil} {:process 1 :type :ok :f :read :value 0}]");
    Object opts = Clojure.var("clojure.core", "eval").invoke(Clojure.read(
        "{:analyzers {:wgl (fn [& _] (throw (ArrayIndexOutOfBoundsException. \"Index 7 out of bounds for length 7\")))"
            + " :linear minotaur.knossos/minotaur-analyzer}}"));
    IPersistentMap r = (IPersistentMap) ((clojure.lang.IFn) compare).invoke(Clojure.read(":cas-register"), 0L, history, opts);
    String line = KnossosComparison.line("h.edn", r);
    assertTrue(line.matches("h\\.edn\tminotaur INVALID [0-9.]+ ms\tknossos-wgl error \\(java\\.lang\\.ArrayIndexOutOfBoundsException: "
        + "Index 7 out of bounds for length 7\\) [0-9.]+ ms\tknossos-linear INVALID [0-9.]+ ms\tagree"), line);
    assertEquals(Boolean.FALSE, KnossosComparison.minotaurValid(r));
  }
}
