package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code minotaur test}: exit codes 0, 1, 3, the verdict and the per-variant summary on standard output. */
class TestCommandTest {
  private static final String OUT = Path.of(System.getProperty("minotaur.basedir", "."), "target", "test-command")
      .toString();

  @Test
  void aMutantExitsOneWithItsReplayAndCoverage() {
    String out = capture(1, "test", "xen", "--variant", "NO-KICK", "--budget", "5s", "--out", OUT);
    assertTrue(out.contains("xen no-kick: VIOLATED X2"), out);
    assertTrue(out.contains("replay: ./minotaur explore --replay xen/no-kick/"), out);
    assertTrue(out.contains("declared: violates X2 under sc, tso"), out);
    assertTrue(out.contains("(as found)"), out);
    assertTrue(out.contains("technique"), out);
  }

  @Test
  void aCorrectVariantExitsZeroAndAFamilyListsEveryVariant() {
    String out = capture(0, "test", "xen", "--variant", "fixed", "--budget", "2s", "--memory-model", "sc", "--out", OUT);
    assertTrue(out.contains("xen fixed: holds: "), out);
    assertTrue(out.contains("not covered: tso (declared: holds)"), out);
    String all = capture(1, "test", "cas-register", "--budget", "2s", "--out", OUT);
    assertTrue(all.matches("(?s).*cas-register correct +holds .*"), all);
    assertTrue(all.matches("(?s).*cas-register mutant +found +stress real .*"), all);
    assertTrue(all.contains("2 variants, 2 as declared, 0 mismatches"), all);
  }

  @Test
  void aVariantNameRunsInTheFamiliesThatHaveItAndNamesTheOthers() {
    String out = capture(0, "test", "all", "--variant", "fixed", "--budget", "1s", "--memory-model", "sc", "--out", OUT);
    assertTrue(out.lines().findFirst().orElse("").equals("no variant 'fixed' in aio, cas-register, exclusive (skipped)"), out);
    assertTrue(out.contains("rcu fixed: holds"), out);
    assertTrue(out.contains("qemu-event fixed: holds"), out);
    assertTrue(out.contains("timer-list fixed: holds"), out);
    assertTrue(out.contains("xen fixed: holds"), out);
    assertTrue(out.contains("4 variants, 4 as declared"), out);
  }

  @Test
  void mutantsSelectsTheVariantsDeclaredViolated() {
    String out = capture(1, "test", "cas-register", "--variant", "mutants", "--budget", "2s", "--out", OUT);
    assertTrue(out.contains("cas-register mutant: VIOLATED"), out);
    assertTrue(!out.contains("cas-register correct"), out);
  }

  @Test
  void badInputExitsThree() {
    assertEquals(Exit.BAD_INPUT, Main.execute("test", "all", "--variant", "no-such-variant"));
    String err = stderr("test", "xen", "--memory-model", "sc,tos");
    assertTrue(err.contains("unknown memory model 'tos'; did you mean tso?"), err);
    assertEquals(Exit.BAD_INPUT, Main.execute("test", "no-such-family"));
    assertEquals(Exit.BAD_INPUT, Main.execute("test", "xen", "--variant", "no-such-variant"));
    assertEquals(Exit.BAD_INPUT, Main.execute("test", "xen", "--memory-model", "arm"));
    assertEquals(Exit.BAD_INPUT, Main.execute("test", "xen", "--budget", "soon"));
    assertEquals(Exit.BAD_INPUT, Main.execute("test", "xen", "--stress-faults", "everywhere"));
  }

  /** Standard error of a command that must exit 3. */
  private static String stderr(String... args) {
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = Main.commandLine();
    cl.setErr(new java.io.PrintWriter(err, true));
    assertEquals(Exit.BAD_INPUT, cl.execute(args), err::toString);
    return err.toString();
  }

  private static String capture(int exit, String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      assertEquals(exit, Main.execute(args), () -> bytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(saved);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    saved.print(out);
    return out;
  }
}
