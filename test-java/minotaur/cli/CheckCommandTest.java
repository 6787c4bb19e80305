package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code minotaur check}: output and exit codes. */
class CheckCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  static final String VALID = "{:process 0 :type :invoke :f :write :value 1}\n{:process 0 :type :ok :f :write :value 1}\n";
  static final String STALE = VALID + "{:process 1 :type :invoke :f :read :value nil}\n{:process 1 :type :ok :f :read :value 0}\n";

  @Test
  void oneFilePrintsTheResultAsEdnAndAHumanLine() throws IOException {
    assertEquals(Exit.VIOLATION, run("check", "--model", "cas-register", "--init", "0", write("h.edn", STALE).toString()));
    String[] lines = out.toString().split("\n");
    assertTrue(lines[0].startsWith("{:valid? false, :op {"), lines[0]);
    assertTrue(lines[1].contains("NOT linearizable"), lines[1]);
    assertEquals(Exit.HOLDS, run("check", "--model", "register", "--init", "0", write("v.edn", VALID).toString()));
  }

  static final String MOD = "{:process 0 :type :invoke :f :mod :value [1 10]}\n{:process 0 :type :ok :f :mod :value [1 10]}\n";

  /** A non-atomic :run is split by the model (TimerListModel.prepare) before the search. */
  @Test
  void timerListRunsAreSplitIntoFirings() throws IOException {
    String fires = MOD + "{:process 1 :type :invoke :f :run :value [20 nil]}\n{:process 1 :type :ok :f :run :value [20 [1]]}\n";
    assertEquals(Exit.HOLDS, run("check", "--model", "timer-list", write("t.edn", fires).toString()), out + "" + err);
    String early = MOD + "{:process 1 :type :invoke :f :run :value [5 nil]}\n{:process 1 :type :ok :f :run :value [5 [1]]}\n";
    assertEquals(Exit.VIOLATION, run("check", "--model", "timer-list", write("e.edn", early).toString()), out + "" + err);
  }

  @Test
  void aDirectoryGivesOneLinePerFileAndTheWorstExit() throws IOException {
    write("a.edn", VALID);
    write("b.edn", STALE);
    write("b.result.edn", "{:valid? false}");
    assertEquals(Exit.VIOLATION, run("check", "--model", "register", "--init", "0", dir.toString()));
    String[] lines = out.toString().split("\n");
    assertEquals(2, lines.length, out.toString());
    assertTrue(lines[0].contains("a.edn\tvalid\tcheck ") && lines[0].contains("parse "), lines[0]);
    assertTrue(lines[1].contains("b.edn\tINVALID"), lines[1]);
  }

  @Test
  void badInputIsOneLineWithFileAndLine() throws IOException {
    Path bad = write("bad.edn", VALID + "{:process 0 :type :ok :f :write :value 2}\n");
    assertEquals(Exit.BAD_INPUT, run("check", "--model", "register", bad.toString()));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("minotaur: " + bad + ":3: "), err.toString());
  }

  @Test
  void unknownModelSuggestsTheClosest() {
    assertEquals(Exit.BAD_INPUT, run("check", "--model", "cas-regster", "x.edn"));
    assertEquals("minotaur: unknown model 'cas-regster'; did you mean cas-register? (check --help shows all)",
        err.toString().strip());
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void missingModelAndBadInitAreOneLine() throws IOException {
    assertEquals(Exit.BAD_INPUT, run("check", write("v.edn", VALID).toString()));
    assertTrue(err.toString().startsWith("minotaur: missing --model"), err.toString());
    assertEquals(Exit.BAD_INPUT, run("check", "--model", "register", "--init", "{:x", write("w.edn", VALID).toString()));
    assertTrue(err.toString().contains("bad --init '{:x'"), err.toString());
  }

  @Test
  void initialIsAHiddenAliasOfInit() throws IOException {
    assertEquals(Exit.VIOLATION, run("check", "--model", "cas-register", "--initial", "0", write("h.edn", STALE).toString()));
    assertEquals(Exit.HOLDS, run("check", "--model", "cas-register", "--init", "1", write("h1.edn", STALE.replace(":value 0", ":value 1")).toString()));
    StringWriter help = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(help));
    cl.execute("check", "--help");
    assertTrue(help.toString().contains("--init=EDN") && !help.toString().contains("--initial"), help.toString());
  }

  @Test
  void aLimitGivesUnknown() throws IOException {
    StringBuilder h = new StringBuilder();
    for (int p = 0; p < 40; p++) h.append("{:process ").append(p).append(" :type :invoke :f :write :value ").append(p).append("}\n");
    h.append("{:process 40 :type :invoke :f :read :value nil}\n");
    for (int p = 0; p < 40; p++) h.append("{:process ").append(p).append(" :type :ok :f :write :value ").append(p).append("}\n");
    h.append("{:process 40 :type :ok :f :read :value -1}\n");
    assertEquals(Exit.UNKNOWN, run("check", "--model", "register", "--max-configs", "1000", write("hard.edn", h.toString()).toString()));
    assertTrue(out.toString().contains(":cause :max-configs"), out.toString());
  }

  @Test
  void durationsNeedAUnit() throws IOException {
    Path v = write("v.edn", VALID);
    assertEquals(Exit.HOLDS, run("check", "--model", "register", "--time-limit", "10s", v.toString()));
    assertEquals(Exit.HOLDS, run("check", "--model", "register", "--time-limit", "500ms", v.toString()));
    assertEquals(Exit.BAD_INPUT, run("check", "--model", "register", "--time-limit", "10", v.toString()));
    assertTrue(err.toString().contains("bad duration '10'"), err.toString());
  }
}
