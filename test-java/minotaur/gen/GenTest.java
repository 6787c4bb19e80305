package minotaur.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import minotaur.history.Op;
import org.junit.jupiter.api.Test;

/** Semantics of every combinator, observed on simulated runs (deterministic per seed). */
class GenTest {
  static final long MS = 1_000_000;
  static final Generator READ = Gen.op("read", null);
  static final Generator WRITE = Gen.op("write", 1L);

  static List<Op> run(Generator g, int threads) {
    return Simulation.run(g, Context.create(threads, false, 42), MS, 100_000);
  }

  static List<Op> invokes(List<Op> h) {
    return h.stream().filter(Op::isInvoke).toList();
  }

  static List<String> fs(List<Op> h) {
    return invokes(h).stream().map(o -> o.f().getName()).toList();
  }

  @Test
  void opEmitsOnceAndCompletes() {
    List<Op> h = run(READ, 3);
    assertEquals(2, h.size());
    assertTrue(h.get(0).isInvoke());
    assertTrue(h.get(1).isOk());
    assertEquals(MS, h.get(1).time() - h.get(0).time());
  }

  @Test
  void repeatRestartsTheSameGenerator() {
    assertEquals(5, invokes(run(Gen.repeat(5, READ), 2)).size());
    assertEquals(List.of("read", "read", "read"), fs(run(Gen.limit(3, Gen.repeat(Gen.concat(READ, WRITE))), 1)));
  }

  @Test
  void limitAndOnce() {
    assertEquals(7, invokes(run(Gen.limit(7, Gen.repeat(READ)), 3)).size());
    assertEquals(1, invokes(run(Gen.once(Gen.repeat(READ)), 3)).size());
    assertEquals(0, invokes(run(Gen.limit(0, Gen.repeat(READ)), 3)).size());
  }

  @Test
  void cycleRunsTheWholeGeneratorAgain() {
    assertEquals(List.of("read", "write", "read", "write", "read"),
        fs(run(Gen.limit(5, Gen.cycle(Gen.concat(READ, WRITE))), 1)));
    assertEquals(0, invokes(run(Gen.cycle(Gen.nothing()), 1)).size());
  }

  @Test
  void concatRunsInOrderWithoutWaiting() {
    List<Op> h = run(Gen.concat(Gen.repeat(2, READ), Gen.repeat(2, WRITE)), 4);
    assertEquals(List.of("read", "read", "write", "write"), fs(h));
    // Without a barrier the writes start while the reads are still in flight.
    assertEquals(0, invokes(h).get(2).time());
  }

  @Test
  void mixChoosesUniformlyAndDropsExhaustedChildren() {
    List<String> f = fs(run(Gen.limit(2000, Gen.mix(Gen.repeat(READ), Gen.repeat(WRITE))), 4));
    long reads = f.stream().filter("read"::equals).count();
    assertTrue(reads > 850 && reads < 1150, "reads " + reads + " of 2000");
    List<String> g = fs(run(Gen.mix(Gen.repeat(2, READ), Gen.repeat(3, WRITE)), 4));
    assertEquals(2, g.stream().filter("read"::equals).count());
    assertEquals(3, g.stream().filter("write"::equals).count());
  }

  @Test
  void timeLimitStopsAtTheCutoff() {
    List<Op> inv = invokes(run(Gen.timeLimit(Duration.ofMillis(100), Gen.delay(Duration.ofMillis(3), Gen.repeat(READ))), 1));
    assertTrue(inv.stream().allMatch(o -> o.time() < 100 * MS));
    assertEquals(34, inv.size(), "ops at 0, 3, ..., 99 ms");
  }

  @Test
  void delaySpacesOpsExactly() {
    List<Op> inv = invokes(run(Gen.limit(10, Gen.delay(Duration.ofMillis(5), Gen.repeat(READ))), 2));
    for (int i = 1; i < inv.size(); i++) assertEquals(5 * MS, inv.get(i).time() - inv.get(i - 1).time());
  }

  @Test
  void staggerGapsAreUniformBelowTwiceDt() {
    List<Op> inv = invokes(Simulation.run(Gen.limit(2001, Gen.stagger(Duration.ofMillis(10), Gen.repeat(READ))),
        Context.create(4, false, 3), 0, 100_000));
    long total = 0;
    for (int i = 1; i < inv.size(); i++) {
      long gap = inv.get(i).time() - inv.get(i - 1).time();
      assertTrue(gap >= 0 && gap < 20 * MS, "gap " + gap);
      total += gap;
    }
    double mean = total / 2000.0 / MS;
    assertTrue(mean > 9 && mean < 11, "mean gap " + mean + " ms");
  }

  @Test
  void sleepIdlesTheProcessAndIsNotRecorded() {
    List<Op> h = run(Gen.concat(READ, Gen.sleep(Duration.ofMillis(50)), WRITE), 1);
    assertEquals(List.of("read", "write"), fs(h));
    assertEquals(4, h.size());
    assertEquals(MS + 50 * MS, invokes(h).get(1).time());
  }

  @Test
  void eachThreadGivesEveryThreadItsOwnCopy() {
    List<Op> inv = invokes(run(Gen.eachThread(Gen.concat(READ, WRITE)), 3));
    Map<Object, List<String>> byProcess = inv.stream().collect(Collectors.groupingBy(Op::process,
        Collectors.mapping(o -> o.f().getName(), Collectors.toList())));
    assertEquals(Map.of(0, List.of("read", "write"), 1, List.of("read", "write"), 2, List.of("read", "write")), byProcess);
  }

  @Test
  void phasesWaitForEveryOpOfThePreviousPhase() {
    List<Op> h = Simulation.run(Gen.phases(Gen.repeat(5, WRITE), Gen.repeat(5, READ)),
        Context.create(3, false, 1), MS, 1000);
    long lastWriteDone = h.stream().filter(o -> o.isOk() && o.f().getName().equals("write"))
        .mapToLong(Op::index).max().orElseThrow();
    long firstRead = h.stream().filter(o -> o.isInvoke() && o.f().getName().equals("read"))
        .mapToLong(Op::index).min().orElseThrow();
    assertTrue(firstRead > lastWriteDone);
  }

  @Test
  void synchronizeWaitsForAllThreadsFree() {
    List<Op> h = run(Gen.concat(READ, Gen.synchronize(WRITE)), 2);
    assertEquals(MS, invokes(h).get(1).time(), "the write waits for the read to complete");
  }

  @Test
  void anyEmitsTheSoonestOp() {
    Generator late = Gen.delay(Duration.ofMillis(10), Gen.repeat(2, WRITE));
    List<Op> h = run(Gen.any(late, Gen.repeat(3, READ)), 1);
    assertEquals(List.of("write", "read", "read", "read", "write"), fs(h));
  }

  @Test
  void reserveSplitsThreads() {
    List<Op> inv = invokes(run(Gen.limit(300, Gen.reserve(new int[] {1, 2},
        new Generator[] {Gen.repeat(WRITE), Gen.repeat(Gen.op("cas", 1L))}, Gen.repeat(READ))), 5));
    Map<Object, Set<String>> fByProcess = new HashMap<>();
    for (Op o : inv) fByProcess.computeIfAbsent(o.process(), p -> new HashSet<>()).add(o.f().getName());
    assertEquals(Map.of(0, Set.of("write"), 1, Set.of("cas"), 2, Set.of("cas"), 3, Set.of("read"), 4, Set.of("read")), fByProcess);
  }

  @Test
  void onThreadsRestrictsAndClientsExcludeTheNemesis() {
    List<Op> inv = invokes(Simulation.run(Gen.limit(20, Gen.clients(Gen.onThreads(t -> t.equals(1), Gen.repeat(READ)))),
        Context.create(3, true, 1), MS, 1000));
    assertEquals(20, inv.size());
    assertTrue(inv.stream().allMatch(o -> o.process().equals(1)));
  }

  @Test
  void withNemesisEndsWithTheClientsAndRunsFaultsOnTheNemesis() {
    Generator g = Gen.withNemesis(Gen.cycle(Gen.concat(Gen.op("start-faults", null), Gen.sleep(Duration.ofMillis(2)),
        Gen.op("stop-faults", null), Gen.sleep(Duration.ofMillis(2)))), Gen.delay(Duration.ofMillis(1), Gen.repeat(20, READ)));
    List<Op> inv = invokes(Simulation.run(g, Context.create(2, true, 5), MS / 10, 100_000));
    List<Op> nem = inv.stream().filter(o -> !o.isClient()).toList();
    assertEquals(20, inv.size() - nem.size());
    assertTrue(nem.size() >= 4, "nemesis ops " + nem);
    assertTrue(nem.stream().allMatch(o -> o.process().equals(Op.NEMESIS)));
    assertEquals(Keyword.intern("start-faults"), nem.get(0).f());
    assertEquals(Keyword.intern("stop-faults"), nem.get(1).f());
  }

  @Test
  void pausesPickRandomClientThreadsOnTheNemesisBySeed() {
    Generator g = Gen.withNemesis(Gen.pauses(Duration.ofMillis(1), Duration.ofMillis(3)),
        Gen.delay(Duration.ofMillis(1), Gen.repeat(100, READ)));
    List<Op> a = invokes(Simulation.run(g, Context.create(3, true, 5), MS / 10, 100_000));
    List<Op> pauses = a.stream().filter(o -> Gen.PAUSE.equals(o.f())).toList();
    assertTrue(pauses.size() > 20, "about one pause per ms: " + pauses.size());
    assertTrue(pauses.stream().allMatch(o -> o.process().equals(Op.NEMESIS)));
    Set<Object> threads = pauses.stream().map(o -> ((Map<?, ?>) o.value()).get(Gen.THREAD)).collect(Collectors.toSet());
    assertEquals(Set.of(0L, 1L, 2L), threads, "every client thread, none other");
    assertTrue(pauses.stream().allMatch(o -> ((Map<?, ?>) o.value()).get(Gen.NANOS).equals(3_000_000L)));
    assertEquals(a, invokes(Simulation.run(g, Context.create(3, true, 5), MS / 10, 100_000)), "the seed replays them");
    Op one = Simulation.run(Gen.nemesis(Gen.pause(2, Duration.ofMillis(7))), Context.create(3, true, 1), MS, 10).get(0);
    assertEquals(Map.of(Gen.THREAD, 2L, Gen.NANOS, 7_000_000L), one.value());
  }

  @Test
  void fnDrawsFromTheSeededRandomSource() {
    Generator g = Gen.limit(50, Gen.fn(ctx -> Gen.op("write", (long) ctx.random().nextInt(1000))));
    Set<Object> values = invokes(run(g, 2)).stream().map(Op::value).collect(Collectors.toSet());
    assertTrue(values.size() > 30, "values " + values);
    assertEquals(0, invokes(run(Gen.fn(ctx -> null), 2)).size());
  }

  @Test
  void sameSeedSameHistoryOtherSeedOtherHistory() {
    Generator g = Gen.limit(200, Gen.stagger(Duration.ofMillis(1), Gen.mix(Gen.repeat(READ),
        Gen.fn(ctx -> Gen.op("write", (long) ctx.random().nextInt(5))))));
    List<Op> a = Simulation.run(g, Context.create(4, false, 7), MS, 1000);
    List<Op> b = Simulation.run(g, Context.create(4, false, 7), MS, 1000);
    List<Op> c = Simulation.run(g, Context.create(4, false, 8), MS, 1000);
    assertEquals(a, b);
    assertNotEquals(a, c);
  }

  @Test
  void crashedProcessIsReplacedByProcessPlusConcurrency() {
    List<Op> h = Simulation.run(Gen.eachThread(Gen.repeat(3, READ)), Context.create(3, false, 1), MS, 1000,
        inv -> inv.processId() % 3 == 1 ? inv.withType(Op.Type.INFO) : inv.withType(Op.Type.OK));
    List<Object> thread1 = invokes(h).stream().map(Op::process)
        .filter(p -> (Integer) p % 3 == 1).toList();
    assertEquals(List.of(1, 4, 7), thread1);
  }

  @Test
  void pendingForeverWithNothingInFlightIsReported() {
    Generator stuck = new Generator() {
      @Override
      public Next op(Context ctx) {
        return Next.pending(this);
      }
    };
    assertThrows(IllegalStateException.class, () -> run(stuck, 1));
  }
}
