package minotaur.prim.xen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.prim.exclusive.FixtureOs;
import org.jetbrains.lincheck.Lincheck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lincheck's model checker (sequentially consistent interleavings) on the blocking {@code lock()}:
 * two CPUs each take the lock once with spin count 1 (so the slow path and its poll are explored)
 * and bump a protected counter. Correct variants always finish with the counter at 2; the SC
 * lost-kick mutants leave a CPU polling on a free lock, which Lincheck reports as a deadlock.
 */
class XenLockLincheckTest {
  private static final int INVOCATIONS = 250;

  private static void scenario(XenVariant v) {
    FixtureOs os = new FixtureOs();
    XenLockCpus cpus = new XenLockCpus(Memory.jvm(), os, 2);
    XenSpinlock lock = new XenSpinlock("l", Memory.jvm(), cpus, v, 1);
    IntCell counter = Memory.jvm().intCell("counter", 0);
    Thread[] ts = new Thread[2];
    for (int i = 0; i < 2; i++) {
      int cpu = i;
      ts[i] = new Thread(() -> {
        lock.lock(cpu);
        counter.setPlain(counter.getPlain() + 1);
        lock.unlock();
      });
      ts[i].start();
    }
    try {
      for (Thread t : ts) t.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    assertEquals(2, counter.getPlain());
  }

  @ParameterizedTest
  @EnumSource(names = {"SEED"})
  void correctUnderSc(XenVariant v) {
    Lincheck.runConcurrentTest(INVOCATIONS, () -> scenario(v));
  }

  @Tag("slow")
  @ParameterizedTest
  @EnumSource(names = {"FIXED", "COUNT_BEFORE_REGISTER", "BEFORE"})
  void otherCorrectVariantsUnderSc(XenVariant v) {
    Lincheck.runConcurrentTest(INVOCATIONS, () -> scenario(v));
  }

  /** Forbidden outcome, found: a CPU polls forever on a free lock. */
  @ParameterizedTest
  @EnumSource(names = {"NO_KICK", "NO_RECHECK", "CLEAR_AFTER_CHECK"})
  void lostKickFound(XenVariant v) {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Lincheck.runConcurrentTest(INVOCATIONS, () -> scenario(v)));
    assertTrue(e.getMessage().contains("deadlock"), e.getMessage());
  }

  /** Forbidden outcome, found: both CPUs inside, an increment lost. */
  @ParameterizedTest
  @EnumSource(names = {"XCHG_AS_STORE"})
  void twoOwnersFound(XenVariant v) {
    assertThrows(AssertionError.class, () -> Lincheck.runConcurrentTest(INVOCATIONS, () -> scenario(v)));
  }
}
