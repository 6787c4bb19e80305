package minotaur.prim.qemu_event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import minotaur.cli.Exit;
import minotaur.cli.Main;
import minotaur.os.OsMonitor;
import minotaur.os.WaitOutcome;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Spurious wakeups never fail a correct variant: the futex flavour of QemuEvent (futex waits may
 * return spuriously on Linux, so QEMU's callers re-check) runs under a plan that makes futex
 * waits return without a wake, and must still hold. (Win32 events never wake spuriously, so the
 * plan touches only futex points.)
 */
class SpuriousWakeupRunTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"seed", "fixed"})
  void correctFutexVariantsHoldUnderSpuriousWakeups(String variant) throws IOException {
    Path plan = dir.resolve("spurious.edn");
    Files.writeString(plan, "{:seed 1, :faults [{:points [\"os.futex.*\"], :probability 0.5, "
        + ":action :spurious-wakeup}]}\n");
    long before = OsMonitor.count(WaitOutcome.SPURIOUS);
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(out));
    int exit = cl.execute("run", "qemu-event", "--variant", variant, "-D", "flavour=futex",
        "--faults", plan.toString(), "--seed", "5", "--ops", "600", "--out", dir.toString());
    assertEquals(Exit.HOLDS, exit, out.toString());
    assertTrue(OsMonitor.count(WaitOutcome.SPURIOUS) > before, "the plan injected no spurious wakeup");
  }
}
