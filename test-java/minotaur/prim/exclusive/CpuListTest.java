package minotaur.prim.exclusive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.fault.Faults;
import minotaur.mem.Memory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The protocol of each cpus-common function, one forced interleaving per test (fault-point gates,
 * no sleeps). The mutant tests name the outcome the correct code forbids.
 */
class CpuListTest {
  private final FixtureOs os = new FixtureOs();
  private final Gates gates = new Gates();

  @AfterEach
  void clearFaults() {
    Faults.clear();
  }

  private CpuList cpus(CpuListVariant v, int n) {
    return new CpuList(Memory.jvm(), os, n, v);
  }

  /** Variants whose locking protocol is the seed's under any SC interleaving. */
  @ParameterizedTest
  @EnumSource(names = {"SEED", "BEFORE", "START_NO_MB", "EXEC_START_NO_MB", "EXEC_END_NO_MB"})
  void exclusiveWithNoRunningCpuReturnsAndEndResets(CpuListVariant v) {
    CpuList list = cpus(v, 2);
    list.startExclusive();
    assertEquals(1, list.pendingCpus(), "pending_cpus inside an exclusive section");
    list.endExclusive();
    assertEquals(0, list.pendingCpus());
  }

  @ParameterizedTest
  @EnumSource(names = {"SEED", "BEFORE", "START_NO_MB", "EXEC_START_NO_MB", "EXEC_END_NO_MB"})
  void startExclusiveKicksAndWaitsForRunningCpu(CpuListVariant v) throws Exception {
    CpuList list = cpus(v, 2);
    CpuState cpu = list.cpu(1);
    list.cpuExecStart(cpu);
    Actor starter = Actor.start("starter", list::startExclusive);
    os.awaitBlocked(1);
    assertTrue(cpu.exitRequested(), "running CPU was kicked");
    assertEquals(2, list.pendingCpus(), "one running CPU counted");
    if (v != CpuListVariant.BEFORE) assertTrue(cpu.hasWaiter());
    list.cpuExecEnd(cpu);
    starter.join();
    assertFalse(cpu.hasWaiter());
    assertEquals(1, list.pendingCpus());
    list.endExclusive();
    assertEquals(0, list.pendingCpus());
  }

  @ParameterizedTest
  @EnumSource(names = {"SEED", "BEFORE", "START_NO_MB", "EXEC_START_NO_MB", "EXEC_END_NO_MB"})
  void cpuExecStartWaitsForExclusiveSection(CpuListVariant v) throws Exception {
    CpuList list = cpus(v, 2);
    CpuState cpu = list.cpu(1);
    list.startExclusive();
    Actor runner = Actor.start("cpu1", () -> {
      list.cpuExecStart(cpu);
      list.cpuExecEnd(cpu);
    });
    os.awaitBlocked(1);
    assertFalse(cpu.running(), "a CPU waiting in exclusive_idle is not running");
    list.endExclusive();
    runner.join();
    assertEquals(0, list.pendingCpus());
    assertFalse(cpu.hasWaiter());
  }

  /** Case 1 of the seed's comment: start_exclusive saw running and counts the CPU, which runs on. */
  @Test
  void seedCountedCpuRunsOnAndReleasesTheWaiter() throws Exception {
    CpuList list = cpus(CpuListVariant.SEED, 2);
    CpuState cpu = list.cpu(1);
    Gates.Gate afterRunning = gates.arm("cpu1", "exclusive.exec-start.after-running");
    Faults.install(gates);
    Actor runner = Actor.start("cpu1", () -> list.cpuExecStart(cpu));
    afterRunning.awaitReached();
    Actor starter = Actor.start("starter", list::startExclusive);
    os.awaitBlocked(1);
    afterRunning.open();
    runner.join(); // sees has_waiter: runs although pending_cpus != 0
    assertTrue(cpu.hasWaiter());
    assertFalse(starter.isDone(), "start_exclusive waits for the counted CPU");
    list.cpuExecEnd(cpu);
    starter.join();
    list.endExclusive();
    assertEquals(0, list.pendingCpus());
  }

  /** Case 2 of cpu_exec_end: an exclusive section started after running = false; no decrement. */
  @Test
  void seedUncountedCpuLeavesPendingAlone() throws Exception {
    CpuList list = cpus(CpuListVariant.SEED, 2);
    CpuState cpu = list.cpu(1);
    list.cpuExecStart(cpu);
    Gates.Gate afterRunning = gates.arm("cpu1", "exclusive.exec-end.after-running");
    Faults.install(gates);
    Actor runner = Actor.start("cpu1", () -> list.cpuExecEnd(cpu));
    afterRunning.awaitReached();
    list.startExclusive(); // sees running == false: does not wait
    afterRunning.open();
    runner.join();
    assertEquals(1, list.pendingCpus(), "an uncounted CPU must not decrement pending_cpus");
    list.endExclusive();
  }

  /** Forbidden outcome: start_exclusive still blocked after the only running CPU left. */
  @Test
  void noHasWaiterHangsStartExclusive() throws Exception {
    CpuList list = cpus(CpuListVariant.NO_HAS_WAITER, 2);
    CpuState cpu = list.cpu(1);
    list.cpuExecStart(cpu);
    Actor starter = Actor.start("starter", list::startExclusive);
    os.awaitBlocked(1);
    list.cpuExecEnd(cpu);
    assertEquals(2, list.pendingCpus(), "cpu_exec_end did not decrement: start_exclusive waits forever");
    assertEquals(1, os.blocked());
    starter.abandon();
  }

  /** Forbidden outcome: pending_cpus reached 1 but start_exclusive was never woken. */
  @Test
  void endNoSignalLosesTheWakeup() throws Exception {
    CpuList list = cpus(CpuListVariant.END_NO_SIGNAL, 2);
    CpuState cpu = list.cpu(1);
    list.cpuExecStart(cpu);
    Actor starter = Actor.start("starter", list::startExclusive);
    os.awaitBlocked(1);
    list.cpuExecEnd(cpu);
    assertEquals(1, list.pendingCpus());
    assertEquals(1, os.blocked(), "start_exclusive sleeps on a condition that already holds");
    starter.abandon();
  }

  /** Forbidden outcome: cpu_exec_start returns while an exclusive section is in progress. */
  @Test
  void startSkipsIdleRunsInsideExclusiveSection() {
    CpuList list = cpus(CpuListVariant.START_SKIPS_IDLE, 2);
    list.startExclusive();
    list.cpuExecStart(list.cpu(1)); // the seed blocks here
    assertTrue(list.cpu(1).running());
    assertEquals(1, list.pendingCpus(), "CPU running inside the exclusive section");
  }

  /** Forbidden outcome: a second start_exclusive returns while the first section is open. */
  @Test
  void noExclusiveIdleOverlapsExclusiveSections() {
    CpuList list = cpus(CpuListVariant.NO_EXCLUSIVE_IDLE, 2);
    list.startExclusive();
    list.startExclusive(); // the seed blocks here
    assertEquals(1, list.pendingCpus());
  }

  @Test
  void seedSecondStartExclusiveWaitsForTheFirst() throws Exception {
    CpuList list = cpus(CpuListVariant.SEED, 2);
    list.startExclusive();
    Actor second = Actor.start("second", () -> {
      list.startExclusive();
      list.endExclusive();
    });
    os.awaitBlocked(1);
    assertFalse(second.isDone());
    list.endExclusive();
    second.join();
    assertEquals(0, list.pendingCpus());
  }
}
