package minotaur.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import clojure.lang.Keyword;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import minotaur.history.Op;
import minotaur.mem.Memory;
import minotaur.os.Futex;
import minotaur.os.Os;
import minotaur.os.OsMonitor;
import minotaur.os.WaitOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
  private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(20);

  @AfterEach void clearHook() {
    Faults.clear();
  }

  private static FaultPlan mixedPlan(long seed) {
    return FaultPlan.builder().seed(seed)
        .spin(0.3, DelayDistribution.uniform(0, 2_000), "a.*")
        .park(0.05, DelayDistribution.exponential(1_000), "b")
        .yield(0.2, "*")
        .spuriousWakeup(0.5, "os.futex.wait@*")
        .build();
  }

  /** What process {@code p} decided, in its order: point, action and sampled duration. */
  private static List<String> decisionsOf(List<FaultEvent> log, long p) {
    return log.stream().filter(e -> Long.valueOf(p).equals(e.process()))
        .map(e -> e.point() + " " + e.action() + " " + e.nanos()).toList();
  }

  /** Two processes race through the same points; returns the injector's log. */
  private static List<FaultEvent> race(FaultPlan plan) throws InterruptedException {
    FaultInjector injector = plan.install();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      long process = p;
      Thread t = new Thread(() -> {
        Faults.bindProcess(process);
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < 300; i++) {
          Faults.point("a.x");
          Faults.point(i % 3 == 0 ? "b" : "a.y");
          Faults.spuriousWakeup("os.futex.wait@replay");
        }
      }, "replay-" + p);
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) t.join(TimeUnit.NANOSECONDS.toMillis(PATIENCE_NANOS));
    injector.close();
    return injector.log();
  }

  @Test void theSameSeedReplaysEachProcessesDecisions() throws InterruptedException {
    List<FaultEvent> first = race(mixedPlan(42));
    List<FaultEvent> second = race(mixedPlan(42));
    for (long p = 0; p < 2; p++) {
      List<String> decisions = decisionsOf(first, p);
      assertTrue(decisions.size() > 100, "the plan should fire often: " + decisions.size());
      assertTrue(decisions.stream().anyMatch(d -> d.contains("SPURIOUS_WAKEUP")));
      assertTrue(decisions.stream().anyMatch(d -> d.startsWith("b PARK")));
      assertEquals(decisions, decisionsOf(second, p), "process " + p + " did not replay");
    }
    assertNotEquals(decisionsOf(first, 0), decisionsOf(first, 1), "processes draw different streams");
    assertNotEquals(decisionsOf(first, 0), decisionsOf(race(mixedPlan(43)), 0), "seeds differ");
  }

  @Test void decisionsAtAPointDoNotDependOnVisitsToOthers() {
    FaultPlan plan = FaultPlan.builder().seed(5).yield(0.5, "*").build();
    Faults.bindProcess(9);
    try (FaultInjector alone = plan.install()) {
      for (int i = 0; i < 200; i++) Faults.point("p");
      try (FaultInjector mixed = plan.install()) {
        for (int i = 0; i < 200; i++) {
          Faults.point("q");
          Faults.point("p");
        }
        List<FaultEvent> onlyP = mixed.log().stream().filter(e -> e.point().equals("p")).toList();
        assertEquals(decisionsOf(alone.log(), 9), decisionsOf(onlyP, 9));
      }
    }
  }

  @Test void probabilityIsHonoured() {
    Faults.bindProcess(1);
    FaultPlan plan = FaultPlan.builder().seed(1)
        .yield(0.3, "third").yield(0.0, "never").yield(1.0, "always").build();
    try (FaultInjector injector = plan.install()) {
      for (int i = 0; i < 10_000; i++) {
        Faults.point("third");
        Faults.point("never");
        Faults.point("always");
      }
      long third = injector.log().stream().filter(e -> e.point().equals("third")).count();
      long always = injector.log().stream().filter(e -> e.point().equals("always")).count();
      assertTrue(third > 2_700 && third < 3_300, "p=0.3 fired " + third + " times in 10000");
      assertEquals(10_000, always);
      assertFalse(injector.log().stream().anyMatch(e -> e.point().equals("never")));
    }
  }

  @Test void injectsSpuriousWakeupsIntoOsWaits() {
    FaultPlan plan = FaultPlan.builder().spuriousWakeup(1.0, "os.futex.wait@*").build();
    try (FaultInjector injector = plan.install()) {
      Futex futex = Os.jvm().futex("spurious");
      futex.await(Memory.jvm().intCell("w", 0), 0);
      assertEquals(WaitOutcome.SPURIOUS, OsMonitor.lastWait().outcome());
      FaultEvent e = injector.log().get(0);
      assertEquals("os.futex.wait@spurious", e.point());
      assertEquals(FaultAction.SPURIOUS_WAKEUP, e.action());
    }
  }

  /**
   * Interrupts are asked, like spurious wakeups: only {@code :interrupt} rules answer, from their
   * own stream of (seed, process, point, visit), each yes logged; a plan without one, or a
   * disabled plan, delivers none, and no installed plan delivers every one.
   */
  @Test void interruptsAreDecidedByThePlanAndReplay() {
    FaultPlan plan = FaultPlan.builder().seed(3).interrupt(0.5, "xen.slow.*").yield(1.0, "xen.slow.*").build();
    Faults.bindProcess(4);
    List<Boolean> first = new ArrayList<>();
    List<Boolean> second = new ArrayList<>();
    try (FaultInjector injector = plan.install()) {
      for (int i = 0; i < 200; i++) first.add(Faults.interrupt("xen.slow.before-poll"));
      assertFalse(Faults.interrupt("xen.fast.lock"), "no rule there");
      long yes = first.stream().filter(b -> b).count();
      assertTrue(yes > 50 && yes < 150, "about half: " + yes);
      assertEquals(yes, injector.log().stream().filter(e -> e.action() == FaultAction.INTERRUPT).count());
      assertTrue(injector.log().stream().noneMatch(e -> e.action() == FaultAction.YIELD), "asking is no visit");
      injector.disable();
      assertFalse(Faults.interrupt("xen.slow.before-poll"), "a disabled plan interrupts nothing");
    }
    try (FaultInjector again = plan.install()) {
      for (int i = 0; i < 200; i++) second.add(Faults.interrupt("xen.slow.before-poll"));
    }
    assertEquals(first, second, "the same seed replays the interrupts");
    try (FaultInjector none = FaultPlan.none().install()) {
      assertFalse(Faults.interrupt("xen.slow.before-poll"));
    }
    assertTrue(Faults.interrupt("xen.slow.before-poll"), "with no plan every window delivers");
  }

  private static void awaitState(Thread t, Thread.State state) {
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    while (t.getState() != state) {
      if (System.nanoTime() > deadline) fail(t.getName() + " never reached " + state + ": " + t.getState());
      Thread.onSpinWait();
    }
  }

  @Test void disablingCutsARunningDelayShortAndStopsNewOnes() throws InterruptedException {
    FaultPlan plan = FaultPlan.builder().park(1.0, DelayDistribution.fixed(TimeUnit.HOURS.toNanos(1)), "slow").build();
    try (FaultInjector injector = plan.install()) {
      Thread t = new Thread(() -> Faults.point("slow"), "parked");
      t.start();
      awaitState(t, Thread.State.TIMED_WAITING);
      injector.disable();
      t.join(TimeUnit.NANOSECONDS.toMillis(PATIENCE_NANOS));
      assertFalse(t.isAlive(), "disable() did not end the hour-long delay");
      assertEquals(1, injector.log().size());
      Faults.point("slow"); // would park an hour if the plan were still on
      assertEquals(1, injector.drainLog().size());
      assertTrue(injector.log().isEmpty());
    }
  }

  @Test void anInterruptEndsADelayAndStaysPending() throws InterruptedException {
    FaultPlan plan = FaultPlan.builder().spin(1.0, DelayDistribution.fixed(TimeUnit.HOURS.toNanos(1)), "slow").build();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    try (FaultInjector injector = plan.install()) {
      Thread t = new Thread(() -> {
        Faults.point("slow");
        stillInterrupted.set(Thread.currentThread().isInterrupted());
      }, "spinning");
      t.start();
      long deadline = System.nanoTime() + PATIENCE_NANOS;
      while (!injector.isEnabled() || t.getState() != Thread.State.RUNNABLE) {
        if (System.nanoTime() > deadline) fail("never spun");
      }
      t.interrupt();
      t.join(TimeUnit.NANOSECONDS.toMillis(PATIENCE_NANOS));
      assertFalse(t.isAlive());
      assertTrue(stillInterrupted.get());
    }
  }

  @Test void nemesisPausesAThreadAtItsNextPoint() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    try (FaultInjector injector = FaultPlan.none().install()) {
      Thread worker = new Thread(() -> {
        Faults.bindProcess(3);
        while (!stop.get()) Faults.point("worker.loop");
      }, "worker");
      worker.start();
      CompletableFuture<FaultEvent> shortPause = injector.pause(worker, Duration.ofMillis(20));
      FaultEvent e = shortPause.get(20, TimeUnit.SECONDS);
      assertEquals(FaultAction.PAUSE, e.action());
      assertEquals("worker.loop", e.point());
      assertEquals(3L, e.process());
      assertTrue(e.endNanos() - e.startNanos() >= TimeUnit.MILLISECONDS.toNanos(20));

      CompletableFuture<FaultEvent> longPause = injector.pause(worker, Duration.ofHours(1));
      awaitState(worker, Thread.State.TIMED_WAITING);
      injector.disable(); // the quiescence phase ends the pause
      assertEquals(TimeUnit.HOURS.toNanos(1), longPause.get(20, TimeUnit.SECONDS).nanos());
      assertEquals(2, injector.log().size());
    } finally {
      stop.set(true);
    }
  }

  @Test void aPauseRequestNotYetTakenIsCancelledByDisable() {
    try (FaultInjector injector = FaultPlan.none().install()) {
      Thread idle = new Thread(() -> {}, "idle"); // never reaches a point
      CompletableFuture<FaultEvent> pause = injector.pause(idle, Duration.ofSeconds(1));
      injector.disable();
      assertTrue(pause.isCancelled());
      assertTrue(injector.pause(idle, Duration.ofSeconds(1)).isCancelled(), "disabled: no new pauses");
    }
  }

  @Test void anInjectorCanBeMadeWithoutInstallingIt() {
    FaultInjector injector = FaultPlan.none().withSeed(3).injector();
    assertNull(Faults.current());
    assertEquals(3, injector.plan().seed());
  }

  @Test void closeUninstallsOnlyItself() {
    FaultInjector first = FaultPlan.none().install();
    FaultInjector second = FaultPlan.none().install();
    first.close();
    assertSame(second, Faults.current());
    second.close();
    assertNull(Faults.current());
  }

  @Test void eventsBecomeNemesisOps() {
    FaultEvent e = new FaultEvent("p", "worker-1", 4L, FaultAction.SPIN, 100, 1_500, 1_700);
    Op op = e.toOp(1_000);
    assertEquals(Op.NEMESIS, op.process());
    assertEquals(Op.Type.INFO, op.type());
    assertEquals(Keyword.intern("spin"), op.f());
    assertEquals(500, op.time());
    assertEquals("{:type :info, :f :spin, :value {:point \"p\", :thread \"worker-1\", :process 4, "
        + ":nanos 100, :elapsed 200}, :process :nemesis, :time 500}", op.toString());
  }

  @Test void theLogIsBoundedButTheListenerSeesAll() {
    FaultInjector injector = new FaultInjector(FaultPlan.builder().yield(1.0, "x").build(), 5);
    List<FaultEvent> seen = new ArrayList<>();
    injector.onEvent(seen::add);
    for (int i = 0; i < 8; i++) injector.at("x");
    assertEquals(5, injector.log().size());
    assertEquals(3, injector.droppedEvents());
    assertEquals(8, seen.size());
    assertEquals(5, injector.drainLog().size());
    injector.at("x");
    assertEquals(1, injector.log().size(), "draining makes room");
  }

  @Test void listenerSeesEachEvent() {
    List<FaultEvent> seen = new ArrayList<>();
    try (FaultInjector injector = FaultPlan.builder().yield(1.0, "x").build().install()) {
      injector.onEvent(seen::add);
      Faults.point("x");
      Faults.point("y");
    }
    assertEquals(1, seen.size());
  }
}
