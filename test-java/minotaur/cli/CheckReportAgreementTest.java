package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code report --model} checks a history exactly as {@code check} does (one code path,
 * {@link Checking}): the same verdict on the same file, the timer list's {@code :run} split by
 * {@code Model.prepare} in both, and the same option spellings.
 */
class CheckReportAgreementTest {
  @TempDir Path dir;

  static int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    if (code == Exit.BAD_INPUT) System.out.println(String.join(" ", args) + ": " + err);
    return code;
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  static final String MOD = CheckCommandTest.MOD;
  /** The :run at 20 fires timer 1 (due at 10): linearizable only once the run is split per firing. */
  static final String FIRES = MOD + "{:process 1 :type :invoke :f :run :value [20 nil]}\n{:process 1 :type :ok :f :run :value [20 [1]]}\n";
  /** The :run at 5 fires timer 1, due at 10: too early. */
  static final String EARLY = MOD + "{:process 1 :type :invoke :f :run :value [5 nil]}\n{:process 1 :type :ok :f :run :value [5 [1]]}\n";

  @Test
  void timerListVerdictsAgree() throws IOException {
    for (String[] h : new String[][] {{"fires.edn", FIRES}, {"early.edn", EARLY}}) {
      Path file = write(h[0], h[1]);
      int check = run("check", "--model", "timer-list", file.toString());
      int report = run("report", file.toString(), "--model", "timer-list", "-o", dir.resolve(h[0] + ".html").toString());
      assertEquals(check, report, h[0]);
    }
    assertEquals(Exit.HOLDS, run("check", "--model", "timer-list", dir.resolve("fires.edn").toString()));
    assertEquals(Exit.VIOLATION, run("check", "--model", "timer-list", dir.resolve("early.edn").toString()));
  }

  @Test
  void casRegisterVerdictsAgreeWithTheSameSpellings() throws IOException {
    Path stale = write("stale.edn", CheckCommandTest.STALE);
    Path html = dir.resolve("r.html");
    assertEquals(Exit.VIOLATION, run("check", stale.toString(), "--model", "cas-register", "--init", "0"));
    assertEquals(Exit.VIOLATION, run("report", stale.toString(), "--model", "cas-register", "--init", "0", "-o", html.toString()));
    assertTrue(Files.size(html) > 1000);
    // From nil, the read of 0 is as stale; from 0 with a write of 1 pending it is not.
    assertEquals(Exit.HOLDS, run("check", write("ok.edn", CheckCommandTest.VALID).toString(), "--model", "cas-register", "--init", "0"));
    assertEquals(Exit.HOLDS, run("report", dir.resolve("ok.edn").toString(), "--model", "cas-register", "--initial", "0",
        "--out", dir.resolve("ok.html").toString(), "--time-limit", "10s"));
  }
}
