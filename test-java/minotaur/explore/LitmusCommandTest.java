package minotaur.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import minotaur.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code minotaur explore --litmus FILE|DIR}: herd7-style answers, EXPECTED.tsv mismatches, bad input. */
class LitmusCommandTest {
  private static final Path LITMUS = Path.of(System.getProperty("minotaur.basedir", "."), "test-resources", "litmus");
  @TempDir Path dir;

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  @Test
  void answersOneFileHerdStyle() {
    Outcome o = run("explore", "--litmus", LITMUS.resolve("SB.litmus").toString(), "--memory-model", "tso");
    assertEquals(0, o.exit(), o.out() + o.err());
    assertTrue(o.out().startsWith("Test SB Allowed\nStates 4\n"), o.out());
    assertTrue(o.out().contains("\nOk\nWitnesses\nPositive: 1 Negative: 3\nCondition exists (0:r0=0 /\\ 1:r0=0)\n"), o.out());
    assertTrue(o.out().contains("explored 4 schedules"), o.out());

    Outcome random = run("explore", "--litmus", LITMUS.resolve("SB.litmus").toString(), "--random", "3");
    assertEquals(2, random.exit(), "PCT runs are no proof of an answer: " + random.out());
    assertTrue(random.out().contains("INCOMPLETE"), random.out());

    Outcome sc = run("explore", "--litmus", LITMUS.resolve("SB.litmus").toString());
    assertEquals(0, sc.exit(), sc.out());
    assertTrue(sc.out().contains("\nNo\n") && sc.out().contains("explored 3 consistent executions (0 blocked, 0 duplicates) under sc"), sc.out());
  }

  @Test
  void aDirectoryIsCheckedAgainstItsExpectedTsv() throws Exception {
    Files.copy(LITMUS.resolve("SB.litmus"), dir.resolve("SB.litmus"));
    Files.copy(LITMUS.resolve("MP.litmus"), dir.resolve("MP.litmus"));
    Files.writeString(dir.resolve("EXPECTED.tsv"), "SB.litmus\ttso\tOk\t-\therd7 SB Allow\nMP.litmus\ttso\tNo\t-\therd7 MP Forbid\n");
    Outcome agree = run("explore", "--litmus", dir.toString(), "--memory-model", "tso");
    assertEquals(0, agree.exit(), agree.out());
    assertTrue(agree.out().contains("2 litmus files under tso: 2 answered as expected or without expectation, 0 mismatched"), agree.out());

    Files.writeString(dir.resolve("EXPECTED.tsv"), "SB.litmus\ttso\tNo\t-\twrong on purpose\nMP.litmus\tsc\tNo\t4\twrong count on purpose\n");
    Outcome tso = run("explore", "--litmus", dir.toString(), "--memory-model", "tso");
    assertEquals(1, tso.exit(), tso.out());
    assertTrue(tso.out().contains("MISMATCH " + dir.resolve("EXPECTED.tsv") + ":1: SB.litmus under tso: expected No (wrong on purpose), got Ok"), tso.out());
    Outcome sc = run("explore", "--litmus", dir.toString(), "--memory-model", "sc");
    assertEquals(1, sc.exit(), sc.out());
    assertTrue(sc.out().contains("MP.litmus under sc: expected 4 executions (wrong count on purpose), explored 3"), sc.out());

    Files.writeString(dir.resolve("EXPECTED.tsv"), "SB.litmus\ttso\tOk\t-\therd7 SB Allow\tan oracle that says No, and why\n");
    Outcome noted = run("explore", "--litmus", dir.toString(), "--memory-model", "tso");
    assertEquals(0, noted.exit(), "a differing oracle is reported, not checked: " + noted.out());
    assertTrue(noted.out().contains("NOTE " + dir.resolve("EXPECTED.tsv") + ":1: SB.litmus under tso: an oracle that says No, and why"), noted.out());
    Files.writeString(dir.resolve("EXPECTED.tsv"), "SB.litmus\ttso\tOk\t-\ta\tb\tc\n");
    Outcome seven = run("explore", "--litmus", dir.toString(), "--memory-model", "tso");
    assertEquals(3, seven.exit(), seven.out() + seven.err());
    assertTrue(seven.err().contains(":1: expected 5 or 6 tab-separated fields"), seven.err());
  }

  @Test
  void badLitmusInputIsOneLineAndExitThree() throws Exception {
    String head = "C bad\n{ x = 0; }\n";
    List<String[]> cases = List.of(
        new String[] {head + "P0(atomic_int *x) {\n  int r0 = atomic_frobnicate(x);\n}\nexists (0:r0=0)\n", ":4: unknown function 'atomic_frobnicate'"},
        new String[] {head + "P0(atomic_int *x) {\n  atomic_store_explicit(x, 1, memory_order_relaxed);\n}\n", ":6: missing final condition"},
        new String[] {head + "P0(atomic_int *x) {\n  atomic_store_explicit(x, 1, memory_order_relaxed);\nexists (x=1)\n", ":3: thread P0 has no closing '}'"},
        new String[] {head + "P0(atomic_int *x) {\n  atomic_store_explicit(x, 1, memory_order_whenever);\n}\nexists (x=1)\n", ":4: unknown memory order 'memory_order_whenever'"});
    for (String[] c : cases) {
      Path file = dir.resolve("bad.litmus");
      Files.writeString(file, c[0]);
      Outcome o = run("explore", "--litmus", file.toString());
      assertEquals(3, o.exit(), c[0] + o.out() + o.err());
      assertEquals(1, o.err().strip().lines().count(), o.err());
      assertTrue(o.err().startsWith("minotaur: " + file + c[1]), o.err());
    }
    for (String[] args : List.of(new String[] {"explore", "--litmus", dir.resolve("none.litmus").toString()},
        new String[] {"explore", "litmus/sb", "--litmus", LITMUS.resolve("SB.litmus").toString()},
        new String[] {"explore", "--litmus", LITMUS.resolve("SB.litmus").toString(), "--memory-model", "arm"})) {
      Outcome o = run(args);
      assertEquals(3, o.exit(), String.join(" ", args) + ": " + o.err());
      assertEquals(1, o.err().strip().lines().count(), o.err());
    }
  }
}
