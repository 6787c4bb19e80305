package minotaur.prim.exclusive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lincheck's model checker (sequentially consistent interleavings) on the blocking exclusive
 * section protocol: one vCPU runs one {@code cpu_exec_start}..{@code cpu_exec_end} section while
 * two threads each run an exclusive section. Inside its section each side checks the other is
 * absent (PROPERTIES E1); every thread must finish (E2). The {@code *_NO_MB} mutants need a store
 * buffer, so they pass here like the seed.
 */
class CpuListLincheckTest {
  private static final int INVOCATIONS = 200;

  private static void scenario(CpuListVariant v) {
    CpuList list = new CpuList(Memory.jvm(), new FixtureOs(), 1, v);
    IntCell running = Memory.jvm().intCell("guest.running", 0);
    IntCell exclusive = Memory.jvm().intCell("guest.exclusive", 0);
    IntCell violations = Memory.jvm().intCell("violations", 0);
    Runnable cpu = () -> {
      CpuState c = list.cpu(0);
      list.cpuExecStart(c);
      running.setPlain(running.getPlain() + 1);
      if (exclusive.getPlain() != 0) violations.setPlain(violations.getPlain() + 1);
      running.setPlain(running.getPlain() - 1);
      list.cpuExecEnd(c);
    };
    Runnable excl = () -> {
      list.startExclusive();
      exclusive.setPlain(exclusive.getPlain() + 1);
      if (running.getPlain() != 0 || exclusive.getPlain() != 1) {
        violations.setPlain(violations.getPlain() + 1);
      }
      exclusive.setPlain(exclusive.getPlain() - 1);
      list.endExclusive();
    };
    Thread[] ts = {new Thread(cpu), new Thread(excl), new Thread(excl)};
    for (Thread t : ts) t.start();
    try {
      for (Thread t : ts) t.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    assertEquals(0, violations.getPlain(), "a section overlapped an exclusive one");
    assertEquals(0, list.pendingCpus(), "pending_cpus at rest");
  }

  @ParameterizedTest
  @EnumSource(names = {"SEED"})
  void correctUnderSc(CpuListVariant v) {
    Lincheck.runConcurrentTest(INVOCATIONS, () -> scenario(v));
  }

  /** BEFORE, and the fence mutants, which behave as the seed in every SC interleaving: only TSO exposes them. */
  @Tag("slow")
  @ParameterizedTest
  @EnumSource(names = {"BEFORE", "START_NO_MB", "EXEC_START_NO_MB", "EXEC_END_NO_MB"})
  void lockedAndFenceMutantsPassUnderSc(CpuListVariant v) {
    Lincheck.runConcurrentTest(INVOCATIONS, () -> scenario(v));
  }

  /** Forbidden outcome, found: start_exclusive never returns. */
  @ParameterizedTest
  @EnumSource(names = {"NO_HAS_WAITER", "END_NO_SIGNAL"})
  void hangFound(CpuListVariant v) {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Lincheck.runConcurrentTest(INVOCATIONS, () -> scenario(v)));
    assertTrue(e.getMessage().contains("deadlock"), e.getMessage());
  }

  /** Forbidden outcome, found: a section runs inside an exclusive one. */
  @ParameterizedTest
  @EnumSource(names = {"START_SKIPS_IDLE", "NO_EXCLUSIVE_IDLE"})
  void overlapFound(CpuListVariant v) {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Lincheck.runConcurrentTest(INVOCATIONS, () -> scenario(v)));
    assertTrue(e.getMessage().contains("overlapped"), e.getMessage());
  }
}
