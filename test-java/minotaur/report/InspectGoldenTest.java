package minotaur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import minotaur.cli.Main;
import minotaur.history.KnossosCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code minotaur inspect} output, compared with golden files, and its errors. */
class InspectGoldenTest {
  static final String EXAMPLE = "histories/examples/cas-register-stale-read.edn";

  /** Runs the CLI; returns {exit code, stdout, stderr}. */
  static Object[] run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Object[] {code, out.toString(), err.toString()};
  }

  private static void golden(String name, String... args) {
    Object[] r = run(args);
    assertEquals(0, r[0], (String) r[2]);
    Golden.assertMatches(name, (String) r[1]);
  }

  @Test
  void summaryAndTimeline() {
    golden("inspect-stale-read.txt", "inspect", EXAMPLE);
  }

  @Test
  void opsConcurrentWithTheStaleRead() {
    golden("inspect-stale-read-around-12.txt", "inspect", EXAMPLE, "--around", "12");
  }

  @Test
  void aPendingOpIsConcurrentWithEverythingAfterIt() {
    golden("inspect-stale-read-around-16.txt", "inspect", EXAMPLE, "--around", "16");
  }

  @Test
  void filtersByProcessFunctionAndTime() {
    golden("inspect-stale-read-filtered.txt", "inspect", EXAMPLE, "--process", "1,2", "--f", ":read,cas",
        "--from", "2ms", "--to", "6.5ms");
  }

  @Test
  void boundsByIndexAndALimit() {
    golden("inspect-stale-read-limit.txt", "inspect", EXAMPLE, "--from", "8", "--to", "19", "--limit", "5");
  }

  @Test
  void comparesTwoSummaries() {
    golden("inspect-compare.txt", "inspect", EXAMPLE, "--compare", "histories/examples/cas-register-linearizable.edn");
  }

  @Test
  void badInputIsOneLineWithExit3(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.edn");
    Files.writeString(bad, "{:type :invoke, :f :read, :process 0}\n{:type :ok, :f :read, :process 1}\n");
    Object[] r = run("inspect", bad.toString());
    assertEquals(3, r[0]);
    assertEquals("minotaur: " + bad + ":2: completion without invocation: process 1 has no operation pending: "
        + "{:type :ok, :f :read, :value nil, :process 1, :index 1}\n", r[2]);
    assertEquals(3, run("inspect", EXAMPLE, "--around", "99")[0]);
    assertEquals(3, run("inspect", EXAMPLE, "--from", "soon")[0]);
  }

  @Test
  void aKilledRunLoadsLeniently(@TempDir Path dir) throws Exception {
    Path killed = dir.resolve("killed.edn");
    Files.writeString(killed, Files.readString(Path.of(EXAMPLE)) + "{:type :ok, :f :read, :val");
    Object[] strict = run("inspect", killed.toString(), "--summary-only");
    assertEquals(3, strict[0]);
    assertTrue(((String) strict[2]).contains(":22: truncated last line"), (String) strict[2]);
    Object[] lenient = run("inspect", killed.toString(), "--summary-only", "--lenient");
    assertEquals(0, lenient[0]);
    assertTrue(((String) lenient[1]).startsWith("warning: " + killed + ":22: dropped truncated last line"));
  }

  @Test
  void inspectsEveryInvalidKnossosHistory() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Path file : KnossosCorpus.files()) {
      if (!file.toString().contains("/bad/")) continue;
      Object[] r = run("inspect", file.toString(), "--limit", "50");
      if ((int) r[0] != 0 || !((String) r[1]).contains("timeline: ")) failures.add(file + ": " + r[2]);
    }
    assertEquals(List.of(), failures);
  }
}
