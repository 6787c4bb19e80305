package minotaur.explore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Consumer;
import minotaur.explore.Engine;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.Failure;
import minotaur.explore.MemoryModel;
import minotaur.explore.ReplayToken;
import minotaur.explore.litmus.Litmus;
import minotaur.explore.litmus.LitmusBank;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.scenario.World;
import minotaur.mem.IntCell;
import minotaur.mem.Order;
import org.junit.jupiter.api.Test;

/**
 * The graph engine against known execution counts (GenMC's, which count a successful RMW as one
 * event): the litmus bank with relaxed (opaque) accesses under every model, and hand-written
 * shapes with release/acquire and explicit orders. Every exploration must visit no graph twice.
 */
class GraphEngineTest {
  private static ExploreResult explore(Scenario s, MemoryModel m) {
    ExploreResult r = Explorer.explore(s, ExploreOptions.defaults().withModel(m).withEngine(Engine.GRAPH));
    assertEquals(0, r.duplicates(), r.summary());
    return r;
  }

  /** Expected complete executions of each litmus/X-opaque-outcomes under SC, TSO, RA, RC11. */
  private static final Map<String, int[]> BANK = Map.ofEntries(
      Map.entry("sb", new int[] {3, 4, 4, 4}),
      Map.entry("sb+f", new int[] {3, 3, 3, 3}),
      Map.entry("sb+f-one-side", new int[] {3, 4, 4, 4}),
      Map.entry("sb+xchg", new int[] {3, 3, 4, 4}),
      Map.entry("sb+volatile", new int[] {3, 3, 3, 3}),
      Map.entry("sb+rel-acq", new int[] {3, 4, 4, 4}),
      Map.entry("mp", new int[] {3, 3, 3, 4}),
      Map.entry("lb", new int[] {3, 3, 3, 3}),
      Map.entry("wrc", new int[] {7, 7, 7, 8}),
      Map.entry("iriw", new int[] {15, 15, 16, 16}),
      Map.entry("2+2w", new int[] {3, 3, 4, 4}),
      Map.entry("n6", new int[] {4, 5, 5, 6}),
      Map.entry("r", new int[] {3, 4, 4, 4}),
      Map.entry("r+f", new int[] {3, 3, 4, 4}));

  @Test
  void litmusBankCountsUnderEveryModel() {
    for (Litmus l : LitmusBank.all()) {
      int[] expected = BANK.get(l.name());
      assertNotNull(expected, l.name());
      for (MemoryModel m : MemoryModel.values()) {
        ExploreResult r = explore(l.outcomes(Litmus.Access.OPAQUE), m);
        assertEquals(ExploreResult.Verdict.PASS, r.verdict(), r.summary());
        assertEquals(expected[m.ordinal()], r.complete(), l.name() + " under " + m + ": " + r.outcomes());
        assertEquals(r.complete(), r.outcomes().values().stream().mapToLong(Long::longValue).sum());
        if (m == MemoryModel.SC || m == MemoryModel.TSO) {
          assertEquals(l.allowedUnder(m), r.outcomes().containsKey(l.target()), l.name() + " " + m + " " + r.outcomes());
        }
      }
    }
  }

  @Test
  void litmusBankAgreesWithTheInterleavingExplorerOnOutcomes() {
    for (Litmus l : LitmusBank.all()) {
      for (MemoryModel m : new MemoryModel[] {MemoryModel.SC, MemoryModel.TSO}) {
        Scenario s = l.outcomes(Litmus.Access.OPAQUE);
        ExploreResult graph = explore(s, m);
        ExploreResult steps = Explorer.explore(s, ExploreOptions.defaults().withModel(m));
        assertEquals(steps.outcomes().keySet(), graph.outcomes().keySet(), l.name() + " " + m);
      }
    }
  }

  private static Scenario twoThreads(String name, Consumer<Ctx> body) {
    return new Scenario(name, name, world -> body.accept(new Ctx(world)));
  }

  private static final class Ctx {
    final World w;
    final IntCell x;
    final IntCell y;
    final int[] r = new int[4];

    minotaur.mem.Memory m() {
      return w.memory();
    }

    Ctx(World w) {
      this.w = w;
      this.x = w.memory().intCell("x", 0);
      this.y = w.memory().intCell("y", 0);
    }

    void outcome(int n) {
      w.outcome(() -> {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i > 0 ? ", " : "").append("r").append(i).append('=').append(r[i]);
        return sb.toString();
      });
    }
  }

  @Test
  void storeBufferingReleaseAcquireHasFourExecutionsUnderRc11AndThreeUnderSc() {
    Scenario sb = twoThreads("sb-ra", c -> {
      c.w.thread("t0", a -> { c.x.setRelease(1); c.r[0] = c.y.getAcquire(); });
      c.w.thread("t1", a -> { c.y.setRelease(1); c.r[1] = c.x.getAcquire(); });
      c.outcome(2);
    });
    assertEquals(4, explore(sb, MemoryModel.RC11).complete());
    assertEquals(4, explore(sb, MemoryModel.RA).complete());
    assertEquals(3, explore(sb, MemoryModel.SC).complete());
  }

  @Test
  void messagePassingReleaseAcquireForbidsStaleData() {
    Scenario mp = twoThreads("mp-ra", c -> {
      c.w.thread("t0", a -> { c.x.setOpaque(1); c.y.setRelease(1); });
      c.w.thread("t1", a -> { c.r[0] = c.y.getAcquire(); c.r[1] = c.x.getOpaque(); });
      c.outcome(2);
    });
    ExploreResult r = explore(mp, MemoryModel.RC11);
    assertEquals(3, r.complete());
    assertFalse(r.outcomes().containsKey("r0=1, r1=0"), r.outcomes().toString());
  }

  @Test
  void iriwWithAcquireReadsIsAllowedUnderRaAndRc11ButNotSc() {
    Scenario iriw = new Scenario("iriw-acq", "iriw", world -> {
      Ctx c = new Ctx(world);
      world.thread("w0", a -> c.x.setRelease(1));
      world.thread("w1", a -> c.y.setRelease(1));
      world.thread("r0", a -> { c.r[0] = c.x.getAcquire(); c.r[1] = c.y.getAcquire(); });
      world.thread("r1", a -> { c.r[2] = c.y.getAcquire(); c.r[3] = c.x.getAcquire(); });
      c.outcome(4);
    });
    String forbiddenUnderSc = "r0=1, r1=0, r2=1, r3=0";
    assertTrue(explore(iriw, MemoryModel.RA).outcomes().containsKey(forbiddenUnderSc));
    assertTrue(explore(iriw, MemoryModel.RC11).outcomes().containsKey(forbiddenUnderSc));
    assertFalse(explore(iriw, MemoryModel.SC).outcomes().containsKey(forbiddenUnderSc));
  }

  @Test
  void coherenceOfReadReadForbidsGoingBackInMo() {
    Scenario corr = twoThreads("corr", c -> {
      c.w.thread("t0", a -> { c.x.setOpaque(1); c.x.setOpaque(2); });
      c.w.thread("t1", a -> { c.r[0] = c.x.getOpaque(); c.r[1] = c.x.getOpaque(); });
      c.outcome(2);
    });
    ExploreResult r = explore(corr, MemoryModel.RC11);
    assertEquals(6, r.complete(), r.outcomes().toString());
    assertFalse(r.outcomes().containsKey("r0=2, r1=1"));
    assertFalse(r.outcomes().containsKey("r0=1, r1=0"));
  }

  /** A seq_cst RMW is not a fence: SB with an exchange on one side only still shows 0, 0 (the AioContext bug's shape). */
  @Test
  void explicitOrdersAndTheRmwThatIsNotAFence() {
    Scenario sb = twoThreads("sb-xchg-one-side", c -> {
      c.w.thread("t0", a -> { c.x.getAndSet(1); c.r[0] = c.y.getOpaque(); });
      c.w.thread("t1", a -> { c.y.setVolatile(1); c.m().fullFence(); c.r[1] = c.x.getOpaque(); });
      c.outcome(2);
    });
    assertTrue(explore(sb, MemoryModel.RC11).outcomes().containsKey("r0=0, r1=0"));
    assertFalse(explore(sb, MemoryModel.TSO).outcomes().containsKey("r0=0, r1=0"));
    Scenario cas = twoThreads("cas-orders", c -> {
      c.w.thread("t0", a -> { c.x.setOpaque(1); c.y.getAndSet(1, Order.RELEASE); });
      c.w.thread("t1", a -> {
        c.r[0] = c.y.compareAndExchange(1, 2, Order.ACQUIRE, Order.RELAXED);
        c.r[1] = c.x.getOpaque();
      });
      c.outcome(2);
    });
    ExploreResult r = explore(cas, MemoryModel.RC11);
    // the CAS fails reading 0 (then x is 0 or 1) or succeeds reading 1 (then x must be 1)
    assertEquals(3, r.complete(), r.outcomes().toString());
    assertFalse(r.outcomes().containsKey("r0=1, r1=0"), "a successful acquire CAS reading the release exchange synchronizes");
  }

  @Test
  void plainConflictIsADataRaceUnderRc11Only() {
    Scenario mp = LitmusBank.all().stream().filter(l -> l.name().equals("mp")).findFirst().orElseThrow()
        .outcomes(Litmus.Access.PLAIN);
    ExploreResult rc11 = explore(mp, MemoryModel.RC11);
    assertNotNull(rc11.race(), rc11.summary());
    assertEquals(Failure.Kind.DATA_RACE, rc11.race().kind());
    assertTrue(rc11.race().message().contains("x.") || rc11.race().message().contains("y."), rc11.race().message());
    assertTrue(rc11.race().report().contains("reads-from"), rc11.race().report());
    assertNull(explore(mp, MemoryModel.RA).race());
    assertNull(explore(LitmusBank.all().get(6).outcomes(Litmus.Access.OPAQUE), MemoryModel.RC11).race());
  }

  @Test
  void aFailingGraphReplaysFromItsToken() {
    Scenario sb = LitmusBank.all().get(0).scenario(Litmus.Access.OPAQUE);
    ExploreResult r = explore(sb, MemoryModel.RC11);
    assertEquals(ExploreResult.Verdict.FAIL, r.verdict(), r.summary());
    ReplayToken token = ReplayToken.parse(r.failure().token());
    assertEquals(r.failure().token(), token.toString());
    ExploreResult again = Explorer.replay(sb, token);
    assertEquals(r.failure(), again.failure());
    assertTrue(again.failure().report().contains("not seen, and not happens-before it"), again.failure().report());
  }

  /**
   * A harness that is not deterministic (here: its first event depends on a counter kept across
   * runs, as a Java field shared by threads can make it) cannot be retraced on a re-run: the
   * engine says so and stops, undecided, instead of throwing.
   */
  @Test
  void aScenarioThatIsNotDeterministicIsInconclusiveNotACrash() {
    java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
    Scenario s = new Scenario("not-deterministic", "a run counter picks the first event", world -> {
      IntCell x = world.memory().intCell("x", 0);
      IntCell y = world.memory().intCell("y", 0);
      boolean odd = runs.getAndIncrement() % 2 == 1;
      world.thread("t0", self -> {
        if (odd) y.setOpaque(1);
        else x.setOpaque(1);
        x.getOpaque();
      });
      world.thread("t1", self -> x.setOpaque(2));
    });
    ExploreResult r = Explorer.explore(s, ExploreOptions.defaults().withModel(MemoryModel.RA));
    assertEquals(ExploreResult.Verdict.INCONCLUSIVE, r.verdict(), r.summary());
    assertTrue(r.summary().contains("not deterministic"), r.summary());
  }

  /**
   * Each OS object is its own location: two threads setting one event notifier are two graphs
   * (either set first in its chain), setting two notifiers one graph (nothing orders them). With
   * all OS calls in one chain (before) the second was two graphs as well.
   */
  @Test
  void callsOnDifferentOsObjectsAreNotOrderedAgainstEachOther() {
    for (MemoryModel m : MemoryModel.values()) {
      Scenario shared = new Scenario("one-notifier", "two sets of one notifier", world -> {
        minotaur.os.EventNotifier n = world.os().eventNotifier("n");
        world.thread("a", self -> n.set());
        world.thread("b", self -> n.set());
      });
      Scenario apart = new Scenario("two-notifiers", "a set of each of two notifiers", world -> {
        minotaur.os.EventNotifier n = world.os().eventNotifier("n");
        minotaur.os.EventNotifier o = world.os().eventNotifier("o");
        world.thread("a", self -> n.set());
        world.thread("b", self -> o.set());
      });
      assertEquals(2, explore(shared, m).complete(), m.cliName());
      assertEquals(1, explore(apart, m).complete(), m.cliName());
    }
  }

  /**
   * A condition variable's wait on execution graphs: the waiter is woken by the signal sent under
   * the mutex after it released it, under every model, and never misses it (no lost wakeup).
   */
  @Test
  void aCondvarWaitIsWokenBySignalUnderEveryModel() {
    for (MemoryModel m : MemoryModel.values()) {
      Scenario s = new Scenario("cond", "wait for a flag under a mutex", world -> {
        minotaur.os.QemuMutex mutex = world.os().mutex("m");
        minotaur.os.QemuCond cond = world.os().cond("c");
        IntCell flag = world.memory().intCell("flag", 0);
        world.thread("waiter", self -> {
          mutex.lock();
          while (flag.getPlain() == 0) cond.await(mutex);
          mutex.unlock();
        });
        world.thread("signaller", self -> {
          mutex.lock();
          flag.setPlain(1);
          cond.signal();
          mutex.unlock();
        });
      });
      ExploreResult r = explore(s, m);
      assertEquals(ExploreResult.Verdict.PASS, r.verdict(), r.summary());
      assertNull(r.race(), m.cliName() + ": the mutex orders the plain flag");
    }
  }
}
