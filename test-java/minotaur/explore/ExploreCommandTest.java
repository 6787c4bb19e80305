package minotaur.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minotaur.cli.Main;
import minotaur.history.HistoryReader;
import minotaur.history.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code minotaur explore}: exit codes, trace, token, history file, replay, bad input. */
class ExploreCommandTest {
  @TempDir Path dir;

  private record Outcome(int exit, String out, String err) {}

  private Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--out";
    all[args.length + 1] = dir.toString();
    int exit = cl.execute(all);
    return new Outcome(exit, out.toString(), err.toString());
  }

  @Test
  void failureTraceTokenHistoryAndReplay() throws Exception {
    Outcome fail = run("explore", "qemu-event/no-busy/promela", "--memory-model", "sc");
    assertEquals(1, fail.exit(), fail.out());
    assertTrue(fail.out().contains("lost wakeup: T0 (waiter) blocked in ev->event.WaitForSingleObject()"), fail.out());
    Matcher token = Pattern.compile("replay token: (\\S+)").matcher(fail.out());
    assertTrue(token.find(), fail.out());
    Matcher history = Pattern.compile("^history (\\S+)$", Pattern.MULTILINE).matcher(fail.out());
    assertTrue(history.find(), fail.out());
    List<Op> ops = HistoryReader.readAll(Path.of(history.group(1)));
    assertEquals(Op.Type.INVOKE, ops.get(0).type(), "the waiter's :wait never completes: " + ops);
    assertEquals(1, ops.size());

    Outcome replay = run("explore", "--replay", token.group(1));
    assertEquals(1, replay.exit(), replay.out());
    String traceOf = fail.out().substring(0, fail.out().indexOf("history "));
    assertTrue(replay.out().startsWith(traceOf), "same trace:\n" + fail.out() + "\nvs\n" + replay.out());
  }

  @Test
  void passAndInconclusiveAndList() {
    Outcome pass = run("explore", "qemu-event/seed/promela", "--memory-model", "tso");
    assertEquals(0, pass.exit(), pass.out());
    assertTrue(pass.out().startsWith("pass: qemu-event/seed/promela under TSO: exhaustive with sleep-set reduction: "), pass.out());
    Outcome cut = run("explore", "litmus/iriw", "--max-steps", "3");
    assertEquals(2, cut.exit(), cut.out());
    Outcome list = run("explore", "--list");
    assertEquals(0, list.exit());
    assertTrue(list.out().contains("litmus/sb ") && list.out().contains("qemu-event/seed/promela "), list.out());
  }

  @Test
  void badInputIsOneLineAndExitThree() {
    for (String[] args : List.of(
        new String[] {"explore", "no-such-scenario"},
        new String[] {"explore", "litmus/sb", "--memory-model", "arm"},
        new String[] {"explore", "--replay", "litmus/sb:tso:zz"},
        new String[] {"explore", "--replay", "litmus/sb:tso:0"},
        new String[] {"explore", "litmus/mp", "--replay", "litmus/sb:tso:0*2.1*2.f0.f1"},
        new String[] {"explore"})) {
      Outcome o = run(args);
      assertEquals(3, o.exit(), String.join(" ", args) + ": " + o.err());
      assertEquals(1, o.err().strip().lines().count(), o.err());
      assertTrue(o.err().startsWith("minotaur: "), o.err());
    }
  }

  @Test
  void anUnknownScenarioNamesTheClosestThreeNotAll() {
    Outcome o = run("explore", "litmus/sbb");
    assertEquals(3, o.exit(), o.err());
    assertTrue(o.err().startsWith("minotaur: unknown scenario 'litmus/sbb'; did you mean litmus/sb"), o.err());
    assertTrue(o.err().endsWith("(explore --list shows all)\n"), o.err());
    assertTrue(o.err().length() < 200, o.err());
    Outcome m = run("explore", "litmus/sb", "--memory-model", "TSO", "--max-schedules", "5");
    assertTrue(m.exit() != 3, m.err());
  }

  @Test
  void theTimeLimitEndsALongExplorationWithExitTwo() {
    Outcome o = run("explore", "exclusive/seed/two-exclusive", "--memory-model", "tso", "--time-limit", "1ms");
    assertEquals(2, o.exit(), o.out() + o.err());
    assertTrue(o.out().contains("stopped at the time limit") && o.out().contains("deepest run"), o.out());
  }

  @Test
  void confirmReplaysAFailureOnRealThreadsAndKeepsItsPlan() throws Exception {
    Outcome c = run("explore", "xen/no-kick/handover", "--confirm", "2");
    assertEquals(1, c.exit(), c.out() + c.err());
    Matcher plan = Pattern.compile("^confirmed on the JVM in [12] of 2 attempts: lost wakeup: .*; history (\\S+); plan (\\S+)$",
        Pattern.MULTILINE).matcher(c.out());
    assertTrue(plan.find(), c.out());
    assertTrue(plan.group(1).startsWith(dir.toString()) && java.nio.file.Files.exists(Path.of(plan.group(1))), c.out());
    Outcome rerun = run("explore", "xen/no-kick/handover", "--confirm", "2", "--plan", plan.group(2));
    assertEquals(1, rerun.exit(), rerun.out() + rerun.err());
    assertTrue(rerun.out().startsWith("failed on the JVM in "), rerun.out());
    Outcome held = run("explore", "xen/fixed/handover", "--confirm", "2", "--plan", plan.group(2));
    assertEquals(0, held.exit(), held.out() + held.err());
    assertTrue(held.out().startsWith("held on the JVM in 0 of 2 attempts"), held.out());
    assertEquals(3, run("explore", "xen/no-kick/handover", "--plan", plan.group(2)).exit());
    assertEquals(3, run("explore", "xen/no-kick/handover", "--confirm", "0").exit());
  }
}
