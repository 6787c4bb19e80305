package minotaur.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import minotaur.check.Verdict;
import minotaur.gen.Gen;
import minotaur.gen.Generator;
import minotaur.history.Op;
import minotaur.os.BlockedWait;
import minotaur.os.EventNotifier;
import minotaur.os.Os;
import minotaur.os.OsMonitor;
import org.junit.jupiter.api.Test;

/**
 * A thread that a wake has released but that has not run yet (a starved machine) is neither a
 * hang nor a lost wakeup: the watchdog spares it for a second op timeout, its completion says
 * when it was woken, and an op given up on while its thread could still act makes the at-rest
 * observations unjudgeable rather than wrong.
 */
class StarvedThreadTest {
  private static final Keyword OS_WAIT = Keyword.intern("os-wait");
  private static final Keyword EVEN = Keyword.intern("even");

  @Test
  void aWokenOpWaitingForACpuIsSparedAndSaysWhenItWasWoken() throws Exception {
    EventNotifier n = Os.jvm().eventNotifier("starved");
    Client.Factory clients = (thread, process) -> op -> {
      n.awaitSet();
      return op.withType(Op.Type.OK);
    };
    Workload w = RunnerTest.workload(clients, Gen.op("wait", null)).build();
    Duration timeout = Duration.ofMillis(500);
    CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(
        () -> Runner.run(w, RunOptions.of(1, 1, 0).withOpTimeout(timeout)));
    Thread waiter = awaitBlockedOn("starved");
    // Holding the notifier's monitor keeps the woken waiter off it, as a starved CPU would: it
    // is released (set) but cannot return. Held past one op timeout, well short of two.
    Object monitor = monitorOf(n);
    long held;
    synchronized (monitor) {
      n.set();
      BlockedWait b = OsMonitor.blockedWait(waiter);
      assertNotNull(b, "the woken waiter cannot leave its wait while the monitor is held");
      assertTrue(b.releasedNanos() > 0 && !b.unreleased(), "the wake stamped its release: " + b);
      long start = System.nanoTime();
      LockSupport.parkNanos(timeout.toNanos() * 7 / 5);
      held = System.nanoTime() - start;
    }
    RunResult r = run.get(30, TimeUnit.SECONDS);
    Op done = r.history().stream().filter(o -> o.isClient() && !o.isInvoke()).findFirst().orElseThrow();
    assertTrue(done.isOk(), "spared, not given up on: " + done + " (monitor held " + held / 1_000_000 + " ms)");
    Long wokenAt = (Long) done.get("woken-at");
    assertNotNull(wokenAt, "the completion says when its wait was released: " + done);
    assertTrue(done.time() - wokenAt >= timeout.toNanos(), "woken long before it returned: " + done);
  }

  /**
   * A worker that has not started its op (held in {@code enter}, as a thread waiting for a CPU
   * is) is spared for a second op timeout, and once it starts, the op's time counts from its
   * invoke: it may block at once and wait (the xen false lost-kick: a waiter given up on right
   * after it blocked, because its worker had waited most of the op timeout for a CPU).
   */
  @Test
  void anOpsTimeCountsFromItsInvokeNotFromItsDispatch() throws Exception {
    EventNotifier n = Os.jvm().eventNotifier("late");
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch cpu = new CountDownLatch(1);
    Client.Factory clients = (thread, process) -> new Client() {
      @Override public void enter(Op invocation) throws InterruptedException {
        entered.countDown();
        cpu.await();
      }

      @Override public Op invoke(Op op) {
        if (op.f().getName().equals("wait")) n.awaitSet();
        return op.withType(Op.Type.OK);
      }
    };
    // A second op keeps the run generating (pending on the only thread), the watchdog watching.
    Workload w = RunnerTest.workload(clients, Gen.concat(Gen.op("wait", null), Gen.op("read", null))).build();
    Duration timeout = Duration.ofMillis(500);
    CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(
        () -> Runner.run(w, RunOptions.of(1, 1, 0).withOpTimeout(timeout)));
    assertTrue(entered.await(30, TimeUnit.SECONDS), "the worker entered the op");
    // Past one op timeout since the dispatch, well short of two; then the op blocks at once and
    // waits a short while, long after one op timeout since its dispatch.
    parkFor(timeout.toNanos() * 7 / 5);
    cpu.countDown();
    awaitBlockedOn("late", run);
    parkFor(timeout.toNanos() * 3 / 10);
    n.set();
    RunResult r = run.get(30, TimeUnit.SECONDS);
    assertEquals(List.of(), r.context().timedOut(), "given up on: " + r.history());
    Op done = r.history().stream().filter(o -> o.isClient() && !o.isInvoke()).findFirst().orElseThrow();
    assertTrue(done.isOk(), "completed: " + r.history());
  }

  /**
   * An op whose worker had not started it when the quiescence hook ran may change the state after
   * the hook (take a lock it then never releases): the at-rest checks say unknown instead of
   * judging it (the xen false "locked at rest": a :try acquire dispatched before the time limit
   * whose worker got a CPU only after the hook).
   */
  @Test
  void anOpStartedOnlyAfterTheHookLeavesTheRestUnjudged() {
    AtomicLong cell = new AtomicLong();
    CountDownLatch cpu = new CountDownLatch(1);
    Client.Factory clients = (thread, process) -> new Client() {
      @Override public void enter(Op invocation) throws InterruptedException {
        cpu.await();
      }

      @Override public Op invoke(Op op) {
        cell.incrementAndGet();
        return op.withType(Op.Type.OK);
      }
    };
    Workload w = RunnerTest.workload(clients, Gen.op("take", null))
        .quiescence(phase -> cpu.countDown())
        .invariant("even", cell::get, v -> (Long) v % 2 == 0).build();
    RunResult r = Runner.run(w, RunOptions.of(1, 1, 0).withOpTimeout(Duration.ofMillis(500))
        .withQuiesce(Duration.ofMillis(100)));
    assertEquals(1, cell.get(), "the op ran after the hook: " + r.history());
    assertNotNull(r.context().notAtRest(), r.history().toString());
    assertTrue(r.context().notAtRest().contains("started only after the quiescence hook"), r.context().notAtRest());
    Verdict even = verdict(r, EVEN);
    assertEquals(Verdict.UNKNOWN, even.valid(), even.toString());
  }

  @Test
  void anOpGivenUpOnWhileBlockedSaysSoAndRestIsJudged() {
    EventNotifier n = Os.jvm().eventNotifier("never-set");
    AtomicLong cell = new AtomicLong();
    RunResult r = runOne(n::awaitSet, cell);
    Op info = r.history().stream().filter(Op::isInfo).filter(Op::isClient).findFirst().orElseThrow();
    assertEquals(Keyword.intern("blocked"), info.get("os-wait"), info.toString());
    assertNull(r.context().notAtRest());
    assertEquals(Boolean.TRUE, verdict(r, EVEN).valid());
  }

  @Test
  void anOpGivenUpOnWhileRunningLeavesTheRestUnjudged() {
    AtomicLong cell = new AtomicLong();
    RunResult r = runOne(() -> {
      while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
    }, cell);
    Op info = r.history().stream().filter(Op::isInfo).filter(Op::isClient).findFirst().orElseThrow();
    assertEquals(Keyword.intern("none"), info.get(OS_WAIT.getName()), info.toString());
    assertNotNull(r.context().notAtRest());
    Verdict even = verdict(r, EVEN);
    assertEquals(Verdict.UNKNOWN, even.valid(), even.toString());
    assertTrue(String.valueOf(even.message()).contains("given up on"), even.message());
  }

  /**
   * A blocked op given up on: its thread is interrupted, but until it runs it is still in its wait,
   * where a wake would release it to act on, unrecorded, beside its replacement. So the runner
   * hands out no op before that thread has left its wait (or an op timeout has passed). The test
   * holds the notifier's monitor while the watchdog gives up on the wait (a starved CPU would keep
   * the thread in it likewise), and the next op, due just after the give-up, looks whether the
   * given-up thread is still in its wait.
   */
  @Test
  void noOpIsHandedOutWhileAGivenUpThreadIsStillInItsWait() throws Exception {
    EventNotifier n = Os.jvm().eventNotifier("given-up");
    AtomicReference<Thread> waiter = new AtomicReference<>();
    AtomicReference<BlockedWait> seenByNext = new AtomicReference<>();
    CountDownLatch nextRan = new CountDownLatch(1);
    Client.Factory clients = (thread, process) -> op -> {
      if (op.f().getName().equals("wait")) {
        n.awaitSet();
      } else {
        seenByNext.set(OsMonitor.blockedWait(waiter.get()));
        nextRan.countDown();
      }
      return op.withType(Op.Type.OK);
    };
    Duration timeout = Duration.ofSeconds(2);
    // Thread 1 sleeps (so the run is never a certain hang) until just after the give-up.
    Generator gen = Gen.any(Gen.onThreads(t -> t.equals(0), Gen.op("wait", null)),
        Gen.onThreads(t -> t.equals(1), Gen.concat(Gen.sleep(timeout.plusMillis(100)), Gen.op("next", null))));
    Workload w = RunnerTest.workload(clients, gen).build();
    CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(
        () -> Runner.run(w, RunOptions.of(2, 1, 0).withOpTimeout(timeout)));
    waiter.set(awaitBlockedOn("given-up"));
    boolean heldAtGiveUp;
    synchronized (monitorOf(n)) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!waiter.get().isInterrupted() && System.nanoTime() < deadline) Thread.onSpinWait();
      heldAtGiveUp = waiter.get().isInterrupted();
      // A runner that does not wait hands the next op out when the sleep ends; one that waits
      // does not before the monitor is released, and then has most of an op timeout to spare.
      nextRan.await(300, TimeUnit.MILLISECONDS);
    }
    assertTrue(heldAtGiveUp, "the watchdog gave up on the wait while the monitor was held");
    RunResult r = run.get(30, TimeUnit.SECONDS);
    Op info = r.history().stream().filter(Op::isInfo).filter(Op::isClient).findFirst().orElseThrow();
    assertEquals(Keyword.intern("blocked"), info.get(OS_WAIT.getName()), info.toString());
    assertTrue(r.history().stream().anyMatch(o -> o.isOk() && o.f().getName().equals("next")), r.history().toString());
    assertNull(seenByNext.get(), "the next op ran while the given-up thread was still in its wait");
  }

  /**
   * Quiescence before the workload's hook: the hook is there to release what still waits, so the
   * watchdog leaves a blocked op to it even past the op timeout. (A helper thread that has waited
   * during the run and now spins keeps the run from passing for a certain hang, so quiescence
   * waits its full time before the hook.)
   */
  @Test
  void aBlockedOpIsLeftToTheQuiescenceHook() throws Exception {
    EventNotifier n = Os.jvm().eventNotifier("left-to-hook");
    List<Op> seenByHook = new CopyOnWriteArrayList<>();
    Client.Factory clients = (thread, process) -> op -> {
      if (op.f().getName().equals("wait")) n.awaitSet();
      else n.set();
      return op.withType(Op.Type.OK);
    };
    Workload w = RunnerTest.workload(clients, Gen.op("wait", null))
        .quiescence(phase -> {
          seenByHook.addAll(phase.inFlight());
          phase.invoke(Op.invoke(0, "set", null), clients.open(0, 0));
        }).build();
    CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(() -> Runner.run(w,
        RunOptions.of(1, 1, 0).withOpTimeout(Duration.ofMillis(100)).withQuiesce(Duration.ofMillis(400))));
    awaitBlockedOn("left-to-hook");
    EventNotifier poke = Os.jvm().eventNotifier("poke");
    AtomicBoolean done = new AtomicBoolean();
    Thread helper = new Thread(() -> {
      poke.awaitSet();
      while (!done.get()) Thread.onSpinWait();
    }, "helper");
    helper.setDaemon(true);
    helper.start();
    RunResult r;
    try {
      awaitBlockedOn("poke");
      poke.set();
      r = run.get(30, TimeUnit.SECONDS);
    } finally {
      done.set(true);
    }
    assertEquals(1, seenByHook.size(), "the blocked op was still in flight for the hook: " + r.history());
    Op set = r.history().stream().filter(o -> o.f().getName().equals("set")).findFirst().orElseThrow();
    Op ended = r.history().stream().filter(o -> !o.isInvoke() && o.f().getName().equals("wait")).findFirst().orElseThrow();
    assertTrue(ended.index() > set.index(), "the wait ended only after the hook's set: " + r.history());
  }

  /** One op that runs {@code body}, given up on after 100 ms; an at-rest invariant on {@code cell}. */
  private static RunResult runOne(Runnable body, AtomicLong cell) {
    Client.Factory clients = (thread, process) -> op -> {
      if (process == 0) body.run();
      return op.withType(Op.Type.OK);
    };
    Workload w = RunnerTest.workload(clients, Gen.op("wait", null))
        .invariant("even", cell::get, v -> (Long) v % 2 == 0).build();
    return Runner.run(w, RunOptions.of(1, 1, 0).withOpTimeout(Duration.ofMillis(100)).withQuiesce(Duration.ofMillis(50)));
  }

  private static Verdict verdict(RunResult r, Keyword checker) {
    return Verdict.of((IPersistentMap) r.verdict().valAt(checker));
  }

  /** Parks at least {@code nanos} (parkNanos may return early). */
  private static void parkFor(long nanos) {
    long end = System.nanoTime() + nanos;
    for (long left = nanos; left > 0; left = end - System.nanoTime()) LockSupport.parkNanos(left);
  }

  private static Thread awaitBlockedOn(String name) {
    return awaitBlockedOn(name, new CompletableFuture<>());
  }

  /** The thread blocked on {@code name}; fails at once if {@code run} ended first. */
  private static Thread awaitBlockedOn(String name, CompletableFuture<?> run) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && !run.isDone()) {
      for (BlockedWait b : OsMonitor.blocked()) {
        if (b.name().equals(name)) return b.thread();
      }
      LockSupport.parkNanos(1_000_000);
    }
    throw new AssertionError("no thread blocked on " + name + (run.isDone() ? ": the run ended first" : ""));
  }

  private static Object monitorOf(EventNotifier n) throws ReflectiveOperationException {
    Field f = n.getClass().getDeclaredField("monitor");
    f.setAccessible(true);
    return f.get(n);
  }
}
