package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import minotaur.history.HistoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minotaur run}: files written, verdict and exit code, bad input. */
class RunCommandTest {
  static String[] captured = new String[2];

  static int run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true));
    System.setErr(new PrintStream(e, true));
    try {
      picocli.CommandLine cl = Main.commandLine();
      cl.setOut(new java.io.PrintWriter(System.out, true));
      cl.setErr(new java.io.PrintWriter(System.err, true));
      return cl.execute(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
      captured[0] = o.toString();
      captured[1] = e.toString();
    }
  }

  @Test
  void correctRunHoldsAndWritesHistoryAndResult(@TempDir Path dir) throws Exception {
    int code = run("run", "cas-register", "--variant", "correct", "--seed", "7", "--ops", "300", "--out", dir.toString());
    assertEquals(Exit.HOLDS, code, captured[0] + captured[1]);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertEquals(2, files.size(), files.toString());
    Path history = files.stream().filter(p -> !p.toString().endsWith(".result.edn")).findFirst().orElseThrow();
    assertTrue(history.getFileName().toString().startsWith("cas-register-correct-7-"));
    assertEquals(600, HistoryReader.readAll(history).stream().filter(o -> o.isClient()).count());
    assertTrue(captured[0].contains("history " + history) && captured[0].contains("seed 7"), captured[0]);
  }

  @Test
  void mutantSeedSevenIsAViolation(@TempDir Path dir) {
    int code = run("run", "cas-register", "--variant", "MUTANT", "--seed", "7", "--out", dir.toString());
    System.out.println(captured[0]);
    assertEquals(Exit.VIOLATION, code, captured[0] + captured[1]);
    assertTrue(captured[0].contains(":valid? false"));
  }

  @Test
  void badInputIsOneLineExitThree() {
    assertEquals(Exit.BAD_INPUT, run("run", "no-such-workload"));
    assertTrue(captured[1].startsWith("minotaur: unknown workload 'no-such-workload'"), captured[1]);
    assertEquals(1, captured[1].strip().lines().count());
    assertEquals(Exit.BAD_INPUT, run("run", "cas-register", "--variant", "nope"));
    assertTrue(captured[1].contains("unknown variant 'nope'"), captured[1]);
    assertEquals(Exit.BAD_INPUT, run("run", "cas-register", "--time-limit", "soon"));
    assertEquals(Exit.BAD_INPUT, run("run", "cas-register", "--threads", "0"));
  }
}
