package minotaur.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import minotaur.check.Verdict;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultPlan;
import minotaur.fault.Faults;
import minotaur.gen.Gen;
import minotaur.gen.Generator;
import minotaur.history.History;
import minotaur.history.HistoryReader;
import minotaur.history.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner: recording, watchdog, quiescence, nemesis, results. */
class RunnerTest {
  static final Keyword TIMEOUT = Keyword.intern("timeout");
  static final Keyword POINT = Keyword.intern("point");
  static final Checker ALWAYS = (h, r) -> Verdict.holds(true).build();

  /** A client that passes fault point {@code test.point} in every op. */
  static final Client.Factory AT_POINT = (thread, process) -> op -> {
    Faults.point("test.point");
    return op.withType(Op.Type.OK);
  };

  /** A counter client: :add increments, :read returns the value. */
  static Client.Factory counter(AtomicLong cell) {
    return (thread, process) -> op -> switch (op.f().getName()) {
      case "add" -> op.withType(Op.Type.OK).withValue(cell.incrementAndGet());
      case "read" -> op.withType(Op.Type.OK).withValue(cell.get());
      default -> throw new IllegalArgumentException("unknown op " + op.f());
    };
  }

  static Workload.Builder workload(Client.Factory clients, Generator gen) {
    return Workload.builder("test", "seed").clients(clients).generator(gen).checker("always", ALWAYS);
  }

  /**
   * Every invoke is completed once, by the same process, later in the history; the only
   * standalone ops are nemesis {@code :info} events.
   */
  static void assertWellFormed(List<Op> h) {
    History.of("run", h);
    Map<Object, Op> open = new HashMap<>();
    long lastTime = -1;
    for (int i = 0; i < h.size(); i++) {
      Op op = h.get(i);
      assertEquals(i, op.index());
      assertTrue(op.time() >= lastTime, "time goes forward at " + op);
      lastTime = op.time();
      if (op.isInvoke()) {
        assertNull(open.put(op.process(), op), "second invoke of a process: " + op);
      } else if (!op.isClient() && op.isInfo() && !open.containsKey(op.process())) {
        assertTrue(op.value() instanceof Map<?, ?> m && m.containsKey(POINT), "a fault event: " + op);
      } else {
        Op inv = open.remove(op.process());
        assertTrue(inv != null && inv.f().equals(op.f()), "completion without invoke: " + op);
      }
    }
    assertTrue(open.isEmpty(), "invokes never completed: " + open);
  }

  @Test
  void recordsEveryOpInRealTimeOrder() {
    AtomicLong cell = new AtomicLong();
    Generator gen = Gen.mix(Gen.repeat(Gen.op("add", null)), Gen.repeat(Gen.op("read", null)));
    RunResult r = Runner.run(workload(counter(cell), gen).build(), RunOptions.of(4, 1, 500));
    assertWellFormed(r.history());
    assertEquals(500, r.history().stream().filter(Op::isInvoke).count());
    long adds = r.history().stream().filter(o -> o.isOk() && o.f().getName().equals("add")).count();
    assertEquals(adds, cell.get());
    assertEquals(Boolean.TRUE, r.valid());
  }

  @Test
  void watchdogTimesOutAHungOpAndRenumbersItsProcess() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    Client.Factory clients = (thread, process) -> op -> {
      if (process == 0) {
        try {
          new CountDownLatch(1).await();
        } catch (InterruptedException e) {
          interrupted.countDown();
          throw e;
        }
      }
      return op.withType(Op.Type.OK);
    };
    RunResult r = Runner.run(workload(clients, Gen.eachThread(Gen.repeat(3, Gen.op("read", null)))).build(),
        RunOptions.of(2, 1, 0).withOpTimeout(Duration.ofMillis(200)));
    assertWellFormed(r.history());
    List<Op> p0 = r.history().stream().filter(o -> o.process().equals(0)).toList();
    assertEquals(2, p0.size(), "process 0 invokes once, never again: " + p0);
    assertTrue(p0.get(1).isInfo());
    assertEquals(TIMEOUT, p0.get(1).get("error"));
    assertEquals(2, r.history().stream().filter(o -> o.process().equals(2) && o.isOk()).count(),
        "thread 0 continues as process 0 + concurrency");
    assertEquals(1, r.context().timedOut().size());
    assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the hung thread was interrupted");
  }

  @Test
  void clientExceptionsCompleteAsInfoAndCrashTheProcess() {
    Client.Factory clients = (thread, process) -> op -> {
      if (process == 1) throw new IllegalStateException("boom");
      return op.withType(Op.Type.OK);
    };
    RunResult r = Runner.run(workload(clients, Gen.eachThread(Gen.repeat(2, Gen.op("read", null)))).build(),
        RunOptions.of(2, 1, 0));
    assertWellFormed(r.history());
    Op crashed = r.history().stream().filter(o -> o.process().equals(1) && o.isInfo()).findFirst().orElseThrow();
    assertTrue(String.valueOf(crashed.get("error")).contains("boom"));
    assertTrue(r.history().stream().anyMatch(o -> o.process().equals(3)));
  }

  @Test
  void opsStillBlockedAtQuiescenceAreRecordedAndReported() {
    Semaphore never = new Semaphore(0);
    Client.Factory clients = (thread, process) -> op -> {
      if (op.f().getName().equals("wait")) never.acquire();
      return op.withType(Op.Type.OK);
    };
    Workload w = workload(clients, Gen.concat(Gen.repeat(5, Gen.op("read", null)), Gen.op("wait", null)))
        .checker("none-blocked", Checkers.noneBlocked()).build();
    RunResult r = Runner.run(w, RunOptions.of(2, 1, 0).withQuiesce(Duration.ofMillis(100)));
    assertWellFormed(r.history());
    assertEquals(1, r.context().stillBlocked().size());
    assertEquals(Keyword.intern("wait"), r.context().stillBlocked().get(0).f());
    Op last = r.history().get(r.history().size() - 1);
    assertEquals(Keyword.intern("still-blocked"), last.get("error"));
    assertEquals(Boolean.FALSE, r.valid());
  }

  /** A loaded machine makes ops slow, not blocked: a running op gets up to the op timeout. */
  @Test
  void anOpStillRunningAtQuiescenceIsWaitedForNotCalledBlocked() {
    Client.Factory clients = (thread, process) -> op -> {
      if (op.f().getName().equals("slow")) {
        long end = System.nanoTime() + Duration.ofMillis(400).toNanos();
        while (System.nanoTime() < end) Thread.onSpinWait(); // runnable the whole time
      }
      return op.withType(Op.Type.OK);
    };
    Workload w = workload(clients, Gen.op("slow", null)).checker("none-blocked", Checkers.noneBlocked()).build();
    RunResult r = Runner.run(w, RunOptions.of(2, 1, 0).withQuiesce(Duration.ofMillis(20)));
    assertWellFormed(r.history());
    assertEquals(List.of(), r.context().stillBlocked());
    assertEquals(Boolean.TRUE, r.valid(), r.verdict().toString());
  }

  /** Clients whose {@code wait} blocks until a {@code notify} (any thread's) releases it. */
  private static Client.Factory waitAndNotify() {
    Semaphore permits = new Semaphore(0);
    return (thread, process) -> op -> {
      if (op.f().getName().equals("wait")) permits.acquire();
      else permits.release();
      return op.withType(Op.Type.OK);
    };
  }

  @Test
  void quiescenceHookIssuesPendingNotifies() {
    Client.Factory clients = waitAndNotify();
    Workload w = workload(clients, Gen.op("wait", null))
        .quiescence(phase -> {
          assertEquals(1, phase.inFlight().size());
          phase.invoke(Op.invoke(0, "notify", null), clients.open(0, 0));
        })
        .checker("none-blocked", Checkers.noneBlocked()).build();
    RunResult r = Runner.run(w, RunOptions.of(2, 1, 0).withQuiesce(Duration.ofMillis(100)));
    assertWellFormed(r.history());
    assertEquals(Boolean.TRUE, r.valid(), r.verdict().toString());
    Op notify = r.history().stream().filter(o -> o.f().getName().equals("notify")).findFirst().orElseThrow();
    assertTrue(notify.processId() >= 2, "a fresh process: " + notify);
  }

  /**
   * An op that waits for what only the hook releases is not given up on before the hook runs,
   * though the quiescence time is longer than the op timeout (the xen lost-kick false positive: a
   * waiter abandoned there took the hook's one kick with it).
   */
  @Test
  void anOpWaitingForTheHookIsNotGivenUpOnBeforeTheHookRuns() {
    Client.Factory clients = waitAndNotify();
    Workload w = workload(clients, Gen.op("wait", null))
        .quiescence(phase -> phase.invoke(Op.invoke(0, "notify", null), clients.open(0, 0)))
        .checker("none-blocked", Checkers.noneBlocked()).build();
    RunResult r = Runner.run(w, RunOptions.of(2, 1, 0).withOpTimeout(Duration.ofMillis(500))
        .withQuiesce(Duration.ofMillis(1000)));
    assertWellFormed(r.history());
    assertEquals(List.of(), r.context().timedOut(), "given up on before the hook: " + r.history());
    assertEquals(Boolean.TRUE, r.valid(), r.verdict().toString());
  }

  @Test
  void nemesisSwitchesTheFaultPlanAndRecordsIt() {
    FaultPlan yields = FaultPlan.builder().yield(1.0, "test.point").build();
    Client.Factory clients = (thread, process) -> op -> {
      Faults.point("test.point");
      return op.withType(Op.Type.OK);
    };
    Workload w = workload(clients, Gen.stagger(Duration.ofMillis(1), Gen.repeat(Gen.op("read", null))))
        .faults(yields)
        .nemesis(Gen.cycle(Gen.concat(Gen.op("start-faults", null), Gen.sleep(Duration.ofMillis(20)),
            Gen.op("stop-faults", null), Gen.sleep(Duration.ofMillis(20)))))
        .build();
    RunResult r = Runner.run(w, RunOptions.of(2, 1, 0).withTimeLimit(Duration.ofMillis(300)));
    assertWellFormed(r.history());
    List<Op> nem = r.history().stream().filter(o -> !o.isClient()).toList();
    assertTrue(nem.size() >= 4, "nemesis ops: " + nem);
    assertTrue(nem.stream().allMatch(o -> o.isInvoke() || o.isInfo()));
    assertEquals(Keyword.intern("start-faults"), nem.get(0).f());
    long hits = nem.stream().filter(o -> o.f().equals(Keyword.intern("yield"))).count();
    assertTrue(hits > 0 && hits < r.history().stream().filter(o -> o.isClient() && o.isInvoke()).count(),
        "faults applied in the windows only: " + hits);
    assertNull(Faults.current(), "faults removed at the end");
  }

  @Test
  void faultsOnByDefaultAndStoppedAtQuiescence() {
    Client.Factory clients = (thread, process) -> op -> op.withType(Op.Type.OK);
    RunResult r = Runner.run(workload(clients, Gen.repeat(Gen.op("read", null))).faults(FaultPlan.none()).build(),
        RunOptions.of(2, 1, 10));
    List<Op> nem = r.history().stream().filter(o -> !o.isClient()).toList();
    assertEquals(List.of("start-faults", "start-faults", "stop-faults", "stop-faults"),
        nem.stream().map(o -> o.f().getName()).toList());
    assertNull(Faults.current());
  }

  @Test
  void atRestInvariantsAreChecked() {
    AtomicLong cell = new AtomicLong();
    Workload w = workload(counter(cell), Gen.repeat(Gen.op("add", null)))
        .invariant("even", cell::get, v -> (Long) v % 2 == 0).build();
    RunResult odd = Runner.run(w, RunOptions.of(2, 1, 3));
    assertEquals(Boolean.FALSE, odd.valid());
    assertEquals(3L, odd.context().atRest().valAt(Keyword.intern("even")));
    cell.set(0);
    assertEquals(Boolean.TRUE, Runner.run(w, RunOptions.of(2, 1, 4)).valid());
  }

  @Test
  void writesTheHistoryAndTheResult(@TempDir Path dir) throws Exception {
    AtomicLong cell = new AtomicLong();
    Path file = dir.resolve("runs/test.edn");
    RunResult r = Runner.run(workload(counter(cell), Gen.repeat(Gen.op("add", null))).build(),
        RunOptions.of(3, 1, 50).withHistory(file));
    assertEquals(r.history(), HistoryReader.readAll(file));
    String result = Files.readString(dir.resolve("runs/test.result.edn"));
    assertTrue(result.contains(":valid? true") && result.contains(":seed 1"), result);
  }

  @Test
  void aGeneratorPendingForeverFailsInsteadOfHanging() {
    Generator stuck = new Generator() {
      @Override
      public minotaur.gen.Next op(minotaur.gen.Context ctx) {
        return minotaur.gen.Next.pending(this);
      }
    };
    Workload w = workload((t, p) -> op -> op.withType(Op.Type.OK), stuck).build();
    assertThrows(IllegalStateException.class,
        () -> Runner.run(w, RunOptions.of(1, 1, 0).withOpTimeout(Duration.ofMillis(100))));
    assertFalse(Thread.currentThread().isInterrupted());
  }

  /**
   * Which of its ops each process spent yielding at the fault point ('y') or not ('.'), for the
   * ops it completed before the faults stopped: the k-th op of a process is its k-th visit, and
   * the plan's event for it is recorded between its invoke and completion.
   */
  static Map<Object, String> faultDecisions(long seed) {
    FaultPlan plan = FaultPlan.builder().yield(0.5, "test.point").build();
    Workload w = workload(AT_POINT, Gen.eachThread(Gen.repeat(60, Gen.op("read", null)))).faults(plan).build();
    RunResult r = Runner.run(w, RunOptions.of(3, seed, 0));
    assertWellFormed(r.history());
    Map<Object, StringBuilder> done = new TreeMap<>();
    Map<Object, Character> running = new HashMap<>();
    for (Op op : r.history()) {
      if (Keyword.intern("stop-faults").equals(op.f())) break;
      if (op.isClient() && op.isInvoke()) running.put(op.process(), '.');
      else if (op.isClient()) done.computeIfAbsent(op.process(), p -> new StringBuilder()).append(running.remove(op.process()));
      else if (Keyword.intern("yield").equals(op.f())) {
        running.put(((Long) ((Map<?, ?>) op.value()).get(Keyword.intern("process"))).intValue(), 'y');
      }
    }
    Map<Object, String> out = new TreeMap<>();
    done.forEach((p, b) -> out.put(p, b.toString()));
    return out;
  }

  /** The decisions of {@code a} and {@code b} per process, each cut to the shorter of the two. */
  static List<Map<Object, String>> commonPrefixes(Map<Object, String> a, Map<Object, String> b) {
    Map<Object, String> ca = new TreeMap<>();
    Map<Object, String> cb = new TreeMap<>();
    for (Object p : a.keySet()) {
      int n = Math.min(a.get(p).length(), b.getOrDefault(p, "").length());
      ca.put(p, a.get(p).substring(0, n));
      cb.put(p, b.getOrDefault(p, "").substring(0, n));
    }
    return List.of(ca, cb);
  }

  @Test
  void aFaultPlanReplaysPerProcessBySeed() {
    Map<Object, String> a = faultDecisions(11);
    List<Map<Object, String>> same = commonPrefixes(a, faultDecisions(11));
    List<Map<Object, String>> other = commonPrefixes(a, faultDecisions(12));
    assertEquals(3, a.size(), a.toString());
    same.get(0).values().forEach(d -> assertTrue(d.length() >= 50 && d.contains("y") && d.contains("."), d));
    assertEquals(same.get(0), same.get(1), "seed 11 twice: the same decisions per process");
    assertNotEquals(other.get(0), other.get(1), "seed 12: other decisions");
  }

  @Test
  void theNemesisPausesAThreadAndTheHistoryShowsIt() {
    Workload w = workload(AT_POINT, Gen.stagger(Duration.ofMillis(1), Gen.repeat(Gen.op("read", null))))
        .faults(FaultPlan.none())
        .nemesis(Gen.concat(Gen.op("start-faults", null), Gen.pause(1, Duration.ofMillis(30))))
        .build();
    RunResult r = Runner.run(w, RunOptions.of(2, 1, 0).withTimeLimit(Duration.ofMillis(300)));
    assertWellFormed(r.history());
    List<Op> nem = r.history().stream().filter(o -> !o.isClient()).toList();
    List<String> fs = nem.stream().map(o -> o.type().name().toLowerCase() + " " + o.f().getName()).toList();
    assertEquals(List.of("invoke start-faults", "info start-faults", "invoke pause", "info pause", "info pause",
        "invoke stop-faults", "info stop-faults"), fs);
    Map<?, ?> paused = (Map<?, ?>) nem.get(4).value();
    assertEquals("test.point", paused.get(POINT));
    assertEquals(1L, paused.get(Keyword.intern("process")), "thread 1 runs process 1: " + paused);
    assertEquals(30_000_000L, paused.get(Keyword.intern("nanos")));
    assertTrue((Long) paused.get(Keyword.intern("elapsed")) >= 30_000_000L, "paused for the whole 30 ms: " + paused);
    assertEquals(1L, r.toEdn().valAt(Keyword.intern("fault-events")));
  }

  @Test
  void plannedDelaysAreNemesisOpsAndStopAtQuiescence() {
    FaultPlan plan = FaultPlan.builder().park(1.0, DelayDistribution.fixed(1_000_000), "test.point").build();
    Workload w = workload(AT_POINT, Gen.repeat(Gen.op("read", null))).faults(plan).build();
    RunResult r = Runner.run(w, RunOptions.of(2, 3, 20));
    assertWellFormed(r.history());
    List<Op> parks = r.history().stream().filter(o -> Keyword.intern("park").equals(o.f())).toList();
    int stop = r.history().indexOf(r.history().stream().filter(o -> Keyword.intern("stop-faults").equals(o.f()))
        .findFirst().orElseThrow());
    long completedBefore = r.history().subList(0, stop).stream().filter(o -> o.isClient() && o.isOk()).count();
    assertTrue(parks.size() >= completedBefore && parks.size() <= 20,
        "one park per op that ran before the faults stopped: " + parks.size() + ", " + completedBefore + "\n" + r.history().stream().map(Op::toString).collect(java.util.stream.Collectors.joining("\n")));
    assertTrue(parks.stream().allMatch(o -> o.process().equals(Op.NEMESIS) && o.isInfo()));
    assertEquals(plan.withSeed(3), r.faults());
    assertEquals((long) parks.size(), r.toEdn().valAt(Keyword.intern("fault-events")));
    assertNull(Faults.current(), "faults removed at the end");
  }
}
