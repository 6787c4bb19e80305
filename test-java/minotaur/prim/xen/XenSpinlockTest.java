package minotaur.prim.xen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import minotaur.fault.Faults;
import minotaur.mem.Memory;
import minotaur.prim.exclusive.Actor;
import minotaur.prim.exclusive.FixtureOs;
import minotaur.prim.exclusive.Gates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The protocol of the Xen spinlock, one forced interleaving per test (fault-point gates, no
 * sleeps; spin count 1 so a busy lock goes to the slow path at once). Mutant tests name the
 * outcome the correct code forbids.
 */
class XenSpinlockTest {
  private final FixtureOs os = new FixtureOs();
  private final Gates gates = new Gates();
  private final XenLockCpus cpus = new XenLockCpus(Memory.jvm(), os, 3);

  @AfterEach
  void clearFaults() {
    Faults.clear();
  }

  private XenSpinlock lock(String name, XenVariant v) {
    return new XenSpinlock(name, Memory.jvm(), cpus, v, 1);
  }

  @ParameterizedTest
  @EnumSource(XenVariant.class)
  void trylockUnlockIsLocked(XenVariant v) {
    XenSpinlock l = lock("a", v);
    assertFalse(l.isLocked());
    assertTrue(l.trylock());
    assertTrue(l.isLocked());
    assertFalse(l.trylock(), "trylock of a held lock fails");
    l.unlock();
    assertFalse(l.isLocked());
    l.lock(0);
    assertTrue(l.isLocked());
    l.unlock();
    assertFalse(l.isContended());
    assertEquals(0, l.spinnersAtRest());
  }

  /** Variants that kick a waiter blocked in the slow path when the lock is released. */
  @ParameterizedTest
  @EnumSource(names = {"SEED", "FIXED", "NESTING", "COUNT_BEFORE_REGISTER", "CLEAR_AFTER_CHECK",
      "REGISTER_NO_WMB", "UNREGISTER_NO_WMB", "UNLOCK_NO_WMB", "NO_RECHECK"})
  void blockedWaiterIsKickedByUnlock(XenVariant v) throws Exception {
    XenSpinlock l = lock("a", v);
    l.lock(0);
    Actor waiter = Actor.start("cpu1", () -> l.lock(1));
    os.awaitBlocked(1);
    assertTrue(l.isContended());
    assertSame(l, cpus.lockSpinnersAtRest(1), "waiter registered in lock_spinners");
    l.unlock();
    waiter.join();
    assertTrue(l.isLocked(), "the kicked waiter took the lock");
    l.unlock();
    assertEquals(0, l.spinnersAtRest());
    assertNull(cpus.lockSpinnersAtRest(1));
  }

  @Test
  void byteLockSpinsAndNeverBlocks() throws Exception {
    XenSpinlock l = lock("a", XenVariant.BEFORE);
    l.lock(0);
    Gates.Gate retry = gates.arm("cpu1", "xen.lock.before-xchg");
    Faults.install(gates);
    Actor waiter = Actor.start("cpu1", () -> l.lock(1));
    retry.awaitReached();
    retry.open();
    l.unlock();
    waiter.join();
    assertEquals(0, os.blocked());
    assertTrue(l.isLocked());
  }

  /** Forbidden outcome: a CPU blocked in poll while the lock is free. */
  @Test
  void noKickLeavesWaiterBlockedOnFreeLock() throws Exception {
    XenSpinlock l = lock("a", XenVariant.NO_KICK);
    l.lock(0);
    Actor waiter = Actor.start("cpu1", () -> l.lock(1));
    os.awaitBlocked(1);
    l.unlock();
    assertFalse(l.isLocked());
    assertEquals(1, os.blocked(), "lost kick: waiter sleeps on a free lock");
    waiter.abandon();
  }

  /**
   * The lock is released after the waiter registered in lock_spinners but before it counted in
   * spinners: the unlocker sees no spinner and kicks nobody; only the recheck saves the waiter.
   */
  @ParameterizedTest
  @EnumSource(names = {"SEED", "NO_RECHECK"})
  void releaseBeforeCountNeedsTheRecheck(XenVariant v) throws Exception {
    XenSpinlock l = lock("a", v);
    l.lock(0);
    Gates.Gate registered = gates.arm("cpu1", "xen.register.after-lock-spinners");
    Faults.install(gates);
    Actor waiter = Actor.start("cpu1", () -> l.lock(1));
    registered.awaitReached();
    l.unlock();
    registered.open();
    if (v == XenVariant.SEED) {
      waiter.join();
      assertTrue(l.isLocked());
    } else {
      os.awaitBlocked(1);
      assertFalse(l.isLocked(), "lost kick: waiter sleeps on a free lock");
      waiter.abandon();
    }
  }

  /** Control: counting before registering is covered by the recheck as well. */
  @Test
  void countBeforeRegisterIsSafe() throws Exception {
    XenSpinlock l = lock("a", XenVariant.COUNT_BEFORE_REGISTER);
    l.lock(0);
    Gates.Gate counted = gates.arm("cpu1", "xen.register.after-count");
    Faults.install(gates);
    Actor waiter = Actor.start("cpu1", () -> l.lock(1));
    counted.awaitReached();
    l.unlock(); // sees spinners == 1 but no lock_spinners entry: kicks nobody
    counted.open();
    waiter.join();
    assertTrue(l.isLocked());
  }

  /** The kick lands between the failed recheck and the late clear, which eats it. */
  @ParameterizedTest
  @EnumSource(names = {"SEED", "CLEAR_AFTER_CHECK"})
  void kickBetweenRecheckAndPoll(XenVariant v) throws Exception {
    XenSpinlock l = lock("a", v);
    l.lock(0);
    String point = v == XenVariant.SEED ? "xen.slow.before-poll" : "xen.slow.before-late-clear";
    Gates.Gate beforePoll = gates.arm("cpu1", point);
    Faults.install(gates);
    Actor waiter = Actor.start("cpu1", () -> l.lock(1));
    beforePoll.awaitReached();
    l.unlock(); // kicks cpu1
    assertTrue(cpus.kickPending(1));
    beforePoll.open();
    if (v == XenVariant.SEED) {
      waiter.join();
      assertTrue(l.isLocked());
    } else {
      os.awaitBlocked(1);
      assertFalse(l.isLocked(), "lost kick: the clear ate it");
      waiter.abandon();
    }
  }

  /** Forbidden outcome: two trylocks both succeed. */
  @ParameterizedTest
  @EnumSource(names = {"SEED", "XCHG_AS_STORE"})
  void readThenStoreLetsTwoOwnersIn(XenVariant v) throws Exception {
    XenSpinlock l = lock("a", v);
    Gates.Gate read = gates.arm("cpu0", "xen.xchg.between-read-and-store");
    Faults.install(gates);
    AtomicBoolean first = new AtomicBoolean();
    Actor a = Actor.start("cpu0", () -> first.set(l.trylock()));
    if (v == XenVariant.SEED) {
      a.join(); // xchg is one step: no gate to stop at
      assertTrue(first.get());
      assertFalse(l.trylock());
      return;
    }
    read.awaitReached();
    boolean second = l.trylock();
    read.open();
    a.join();
    assertTrue(first.get() && second, "two owners");
  }

  /**
   * Nesting: cpu0 waits for A (recheck failed, about to poll); A's unlock kicks it; an interrupt
   * then takes B, whose slow path clears cpu0's pending bit and gets B by its recheck. The seed
   * then polls on a free A forever; FIXED re-sets the bit and takes A.
   */
  @ParameterizedTest
  @EnumSource(names = {"NESTING", "FIXED"})
  void nestedSlowPathEatsOuterKick(XenVariant v) throws Exception {
    XenSpinlock a = lock("a", v);
    XenSpinlock b = lock("b", v);
    AtomicBoolean fired = new AtomicBoolean();
    cpus.setIrqHandler((cpu, window) -> {
      if (cpu == 0 && window.equals("xen.slow.before-poll") && !fired.getAndSet(true)) {
        b.lock(cpu);
        b.unlock();
      }
    });
    a.lock(1);
    b.lock(2);
    Gates.Gate outerBeforePoll = gates.arm("cpu0", "xen.slow.before-poll");
    Faults.install(gates);
    Actor cpu0 = Actor.start("cpu0", () -> a.lock(0));
    outerBeforePoll.awaitReached();
    a.unlock(); // kicks cpu0 for A
    assertTrue(cpus.kickPending(0));
    Gates.Gate nestedRegistered = gates.arm("cpu0", "xen.register.after-lock-spinners");
    outerBeforePoll.open();
    nestedRegistered.awaitReached();
    assertSame(b, cpus.lockSpinnersAtRest(0), "the nested slow path overwrote lock_spinners");
    b.unlock(); // no spinner counted on B yet: no kick; the nested recheck takes B
    nestedRegistered.open();
    if (v == XenVariant.FIXED) {
      cpu0.join();
      assertTrue(a.isLocked());
      assertNull(cpus.lockSpinnersAtRest(0));
    } else {
      os.awaitBlocked(1);
      assertFalse(a.isLocked(), "lost kick: cpu0 sleeps on a free outer lock");
      assertNull(cpus.lockSpinnersAtRest(0), "the nested unregister cleared the outer entry");
      cpu0.abandon();
    }
  }
}
