package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import minotaur.fault.FaultPlan;
import minotaur.history.HistoryReader;
import minotaur.prim.cas_register.CasRegisterWorkload;
import minotaur.cli.Workloads;
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

  /**
   * The default fault plan parks MUTANT between its read and write for 0.2-2 ms, far longer than
   * an op, so the lost update is caught at seed 7 even on two loaded cores.
   */
  @Test
  void mutantSeedSevenIsAViolation(@TempDir Path dir) {
    int code = run("run", "cas-register", "--variant", "MUTANT", "--seed", "7", "--out", dir.toString());
    String verdict = captured[0].lines().findFirst().orElse("no verdict");
    System.out.println(verdict);
    assertEquals(Exit.VIOLATION, code, verdict + "\n" + captured[0] + captured[1]);
    assertTrue(verdict.startsWith("cas-register mutant seed 7: VIOLATION") && verdict.contains(", history " + dir), verdict);
    // A short explanation, not the result map: the blamed op and where the whole result is.
    assertTrue(captured[0].contains("  first violation: linearizable, op {"), captured[0]);
    assertTrue(captured[0].contains("  result " + dir), captured[0]);
    assertFalse(captured[0].contains(":valid? false"), captured[0]);
    assertTrue(captured[0].length() < 2000, captured[0]);
  }

  @Test
  void ednPrintsTheWholeResultMap(@TempDir Path dir) {
    int code = run("run", "cas-register", "--variant", "correct", "--seed", "2", "--ops", "50", "--edn", "--out", dir.toString());
    assertEquals(Exit.HOLDS, code, captured[0] + captured[1]);
    assertTrue(captured[0].startsWith("{:valid? true"), captured[0]);
    assertTrue(captured[0].contains("cas-register correct seed 2: holds"), captured[0]);
  }

  @Test
  void faultsFileReplacesThePlanWithTheRunSeed(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.edn");
    Files.writeString(plan, "{:faults [{:points \"cas-register.*\" :action :yield}]}\n");
    int code = run("run", "cas-register", "--variant", "mutant", "--seed", "5", "--ops", "100",
        "--faults", plan.toString(), "--out", dir.resolve("runs").toString(), "--edn");
    assertTrue(code == Exit.HOLDS || code == Exit.VIOLATION, captured[0] + captured[1]);
    assertTrue(captured[0].contains(":faults {:seed 5, :faults [{:points [\"cas-register.*\"], :probability 1.0, :action :yield}]}"),
        captured[0]);
  }

  @Test
  void aBadFaultsFileIsOneLineWithFileAndLineExitThree(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("bad.edn");
    Files.writeString(plan, "{:seed 1\n :faults [{:points \"x\" :action :spin :duration \"5ms\"}\n  {:points \"y\" :action :explode}]}\n");
    assertEquals(Exit.BAD_INPUT, run("run", "cas-register", "--faults", plan.toString(), "--out", dir.toString()));
    assertEquals(1, captured[1].strip().lines().count(), captured[1]);
    assertTrue(captured[1].startsWith("minotaur: " + plan + ":3: unknown :action :explode"), captured[1]);
    assertEquals(Exit.BAD_INPUT, run("run", "cas-register", "--faults", dir.resolve("missing.edn").toString()));
    assertTrue(captured[1].startsWith("minotaur: " + dir.resolve("missing.edn")), captured[1]);
    assertEquals(1, captured[1].strip().lines().count(), captured[1]);
  }

  @Test
  void printFaultsPrintsThePlanAsAFaultsFile() {
    assertEquals(Exit.HOLDS, run("run", "cas-register", "--print-faults", "--seed", "9"));
    FaultPlan printed = FaultPlan.parse(captured[0], "stdout");
    assertEquals(CasRegisterWorkload.FAULTS.withSeed(9), printed);
  }

  @Test
  void listShowsEveryWorkloadWithItsVariants() {
    assertEquals(Exit.HOLDS, run("run", "--list"));
    for (String name : Workloads.names()) {
      String line = captured[0].lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow(() -> new AssertionError(name + " not listed: " + captured[0]));
      for (String v : Workloads.variants(name)) assertTrue(line.contains(v), line);
    }
    assertTrue(captured[0].contains("cas-register  --variant correct (default), mutant"), captured[0]);
  }

  @Test
  void severalWorkloadsEndWithAnIndexPageAndHtmlReports(@TempDir Path dir) throws Exception {
    int code = run("run", "cas-register", "qemu-event", "--seed", "3", "--ops", "60", "--html", "--out", dir.toString());
    assertEquals(Exit.HOLDS, code, captured[0] + captured[1]);
    String indexLine = captured[0].lines().filter(l -> l.startsWith("index ")).findFirst().orElseThrow();
    String page = Files.readString(Path.of(indexLine.substring(6)));
    List<Path> histories;
    try (Stream<Path> s = Files.list(dir)) {
      histories = s.filter(p -> p.toString().endsWith(".edn") && !p.toString().endsWith(".result.edn")).toList();
    }
    assertEquals(2, histories.size(), histories.toString());
    for (Path h : histories) {
      String base = h.getFileName().toString().replace(".edn", "");
      for (String file : List.of(base + ".edn", base + ".result.edn", base + ".html")) {
        assertTrue(Files.exists(dir.resolve(file)), file);
        assertTrue(page.contains("href=\"" + file + "\""), file + " linked from " + page);
      }
      assertTrue(Files.readString(dir.resolve(base + ".html")).contains("<svg") || Files.size(dir.resolve(base + ".html")) > 1000);
    }
    assertTrue(page.contains("cas-register correct") && page.contains("qemu-event seed"), page);
    assertTrue(page.contains("<code>3</code>"), "the seed: " + page);
  }

  @Test
  void unknownNamesSuggestTheClosestThree() {
    assertEquals(Exit.BAD_INPUT, run("run", "cas-registr"));
    assertEquals("minotaur: unknown workload 'cas-registr'; did you mean cas-register? (run --list shows all)",
        captured[1].strip());
    assertEquals(Exit.BAD_INPUT, run("run", "cas-register", "--variant", "mutnt"));
    assertEquals("minotaur: unknown variant 'mutnt'; did you mean mutant? (run --list shows all)",
        captured[1].strip());
  }

  @Test
  void badInputIsOneLineExitThree() {
    assertEquals(Exit.BAD_INPUT, run("run", "no-such-workload"));
    assertTrue(captured[1].startsWith("minotaur: unknown workload 'no-such-workload'"), captured[1]);
    assertEquals(1, captured[1].strip().lines().count());
    assertEquals(Exit.BAD_INPUT, run("run", "cas-register", "--variant", "nope"));
    assertTrue(captured[1].contains("unknown variant 'nope'"), captured[1]);
    assertEquals(Exit.BAD_INPUT, run("run", "cas-register", "--time-limit", "soon"));
    assertEquals(Exit.BAD_INPUT, run("run", "cas-register", "--time-limit", "10"));
    assertTrue(captured[1].contains("add a unit: 10s or 10ms"), captured[1]);
    assertEquals(Exit.BAD_INPUT, run("run", "cas-register", "--threads", "0"));
  }

  /** {@code -o} is {@code --out} on every command; run's old {@code -o KEY=VALUE} still works, deprecated. */
  @Test
  void dashOIsTheOutDirectoryAndTheOldOptionSpellingIsDeprecated(@TempDir Path dir) throws Exception {
    assertEquals(Exit.HOLDS, run("run", "cas-register", "--variant", "correct", "--seed", "2", "--ops", "20",
        "-o", dir.toString()));
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.anyMatch(p -> p.toString().endsWith(".result.edn")), "-o DIR writes there");
    }
    assertEquals(Exit.BAD_INPUT, run("run", "xen", "--print-faults", "-D", "fault-p=x"));
    assertTrue(captured[1].contains("fault-p must be a number, got 'x'"), captured[1]);
    assertEquals(Exit.BAD_INPUT, run("run", "xen", "--print-faults", "-o", "fault-p=x"));
    assertTrue(captured[1].contains("'-o fault-p=x' is deprecated, use '-D fault-p=x'"), captured[1]);
    assertTrue(captured[1].contains("fault-p must be a number, got 'x'"), "still a workload option: " + captured[1]);
  }

  /** Workload durations take their unit; the old unit-in-key spelling works, deprecated; a bare number is exit 3. */
  @Test
  void workloadDurationsTakeTheirUnit() throws Exception {
    assertEquals(Exit.HOLDS, run("run", "timer-list", "--print-faults", "--seed", "1", "-D", "delay=50us"));
    assertTrue(captured[0].contains(":duration [:fixed 50000]"), captured[0]);
    assertFalse(captured[1].contains("deprecated"), captured[1]);
    assertEquals(Exit.HOLDS, run("run", "timer-list", "--print-faults", "--seed", "1", "-D", "delay-us=50"));
    assertTrue(captured[0].contains(":duration [:fixed 50000]"), captured[0]);
    assertTrue(captured[1].contains("'-D delay-us=50' is deprecated, use '-D delay=50us'"), captured[1]);
    assertEquals(Exit.BAD_INPUT, run("run", "rcu", "--print-faults", "-D", "quiesce-timeout=5"));
    assertEquals("minotaur: option quiesce-timeout must be a duration with its unit, e.g. 50us, 500ms or 10s, got '5'",
        captured[1].strip());
  }
}
