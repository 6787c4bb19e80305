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
  void badInputExitsThree() {
    assertEquals(Exit.BAD_INPUT, Main.execute("test", "no-such-family"));
    assertEquals(Exit.BAD_INPUT, Main.execute("test", "xen", "--variant", "no-such-variant"));
    assertEquals(Exit.BAD_INPUT, Main.execute("test", "xen", "--memory-model", "arm"));
    assertEquals(Exit.BAD_INPUT, Main.execute("test", "xen", "--budget", "soon"));
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
