package minotaur.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import minotaur.explore.litmus.Litmus;
import minotaur.explore.litmus.LitmusBank;
import minotaur.explore.scenario.HistoryChecks;
import minotaur.explore.scenario.Scenario;
import minotaur.fault.FaultPointHandler;
import minotaur.fault.Faults;
import minotaur.mem.IntCell;
import minotaur.model.Models;
import minotaur.os.QemuCond;
import minotaur.os.QemuMutex;
import org.junit.jupiter.api.Test;

/** The explorer's own behaviour: failure kinds, bounds, PCT, replay tokens, history checks, fault points. */
class ExplorerTest {
  private static final ExploreOptions SC = ExploreOptions.defaults();

  @Test
  void lockOrderInversionIsADeadlock() {
    Scenario abba = new Scenario("abba", "two mutexes taken in opposite orders", w -> {
      QemuMutex a = w.os().mutex("a");
      QemuMutex b = w.os().mutex("b");
      w.thread("ab", self -> { a.lock(); b.lock(); b.unlock(); a.unlock(); });
      w.thread("ba", self -> { b.lock(); a.lock(); a.unlock(); b.unlock(); });
    });
    ExploreResult r = Explorer.explore(abba, SC);
    assertEquals(ExploreResult.Verdict.FAIL, r.verdict(), r.summary());
    assertEquals(Failure.Kind.DEADLOCK, r.failure().kind());
    assertEquals("T0 (ab) blocked in b.lock(); T1 (ba) blocked in a.lock(); no other thread", r.failure().message());
  }

  @Test
  void signalBeforeWaitWithoutPredicateIsALostWakeup() {
    Scenario s = new Scenario("bare-cond", "waits without checking a predicate", w -> {
      QemuMutex m = w.os().mutex("m");
      QemuCond c = w.os().cond("c");
      w.thread("waiter", self -> { m.lock(); c.await(m); m.unlock(); });
      w.thread("signaller", self -> { m.lock(); c.signal(); m.unlock(); });
    });
    ExploreResult r = Explorer.explore(s, SC);
    assertEquals(Failure.Kind.LOST_WAKEUP, r.failure().kind(), r.summary());
    assertEquals("T0 (waiter) blocked in c.wait(m) after every other thread finished", r.failure().message());
  }

  @Test
  void spuriousWakeupsAreExploredOnlyWhenAsked() {
    Scenario s = new Scenario("cond-once", "a waiter that assumes one wait means the flag is set", w -> {
      QemuMutex m = w.os().mutex("m");
      QemuCond c = w.os().cond("c");
      IntCell flag = w.memory().intCell("flag", 0);
      w.thread("waiter", self -> {
        m.lock();
        if (flag.getPlain() == 0) c.await(m);
        self.check(flag.getPlain() == 1, "woke without the flag");
        m.unlock();
      });
      w.thread("setter", self -> { m.lock(); flag.setPlain(1); c.signal(); m.unlock(); });
    });
    assertEquals(ExploreResult.Verdict.PASS, Explorer.explore(s, SC).verdict());
    ExploreResult r = Explorer.explore(s, SC.withSpuriousWakeups(true));
    assertEquals(Failure.Kind.ASSERTION, r.failure().kind(), r.summary());
    assertEquals("T0 (waiter): woke without the flag", r.failure().message());
    assertTrue(r.failure().token().startsWith("cond-once:sc+spurious:"), r.failure().token());
    assertEquals(r.failure(), Explorer.replay(s, ReplayToken.parse(r.failure().token())).failure());
  }

  @Test
  void aThreadThatThrowsFailsTheRun() {
    Scenario s = new Scenario("bad-unlock", "unlocks a mutex it does not hold", w -> {
      QemuMutex m = w.os().mutex("m");
      w.thread("t", self -> m.unlock());
    });
    ExploreResult r = Explorer.explore(s, SC);
    assertEquals(Failure.Kind.ASSERTION, r.failure().kind());
    assertTrue(r.failure().message().startsWith("T0 (t) threw java.lang.IllegalMonitorStateException"), r.failure().message());
  }

  /** A CAS done as a read then a store: both threads can "succeed" from 0, which no order allows. */
  private static Scenario casRegister(boolean atomic) {
    return new Scenario("cas-" + (atomic ? "atomic" : "split"), "two CAS from 0", w -> {
      IntCell x = w.memory().intCell("x", 0);
      w.checkHistory(HistoryChecks.linearizable(Models.named("cas-register", 0L)));
      for (int i = 1; i <= 2; i++) {
        long next = i;
        w.thread("cas" + i, self -> {
          List<Long> arg = List.of(0L, next);
          self.invoke("cas", arg);
          boolean ok;
          if (atomic) {
            ok = x.compareAndSet(0, (int) next);
          } else {
            ok = x.getPlain() == 0;
            if (ok) x.setPlain((int) next);
          }
          if (ok) self.ok("cas", arg); else self.fail("cas", arg);
        });
      }
    });
  }

  @Test
  void theLinearizabilityCheckerJudgesTheHistoryOfEveryRun() {
    ExploreResult split = Explorer.explore(casRegister(false), SC);
    assertEquals(Failure.Kind.HISTORY, split.failure().kind(), split.summary());
    assertTrue(split.failure().message().startsWith("not linearizable"), split.failure().message());
    assertEquals(4, split.failure().history().size());
    assertTrue(split.failure().history().stream().allMatch(op -> op.isInvoke() || op.isOk()),
        "both CAS succeeded: " + split.failure().history());
    ExploreResult atomic = Explorer.explore(casRegister(true), SC);
    assertEquals(ExploreResult.Verdict.PASS, atomic.verdict(), atomic.summary());
  }

  @Test
  void pctFindsStoreBufferingAndItsTokenReplays() {
    Scenario sb = LitmusBank.all().get(0).scenario(Litmus.Access.PLAIN);
    ExploreResult r = Explorer.explore(sb, SC.withModel(MemoryModel.TSO).withRandom(500, 42));
    assertEquals(ExploreResult.Verdict.FAIL, r.verdict(), r.summary());
    assertTrue(r.summary().contains("PCT random (depth 3, seed 42, 500 runs)"), r.summary());
    assertEquals(r.failure(), Explorer.replay(sb, ReplayToken.parse(r.failure().token())).failure());
    ExploreResult again = Explorer.explore(sb, SC.withModel(MemoryModel.TSO).withRandom(500, 42));
    assertEquals(r.failure().token(), again.failure().token(), "a seed gives the same schedules");
    ExploreResult sc = Explorer.explore(sb, SC.withRandom(200, 42));
    assertEquals(ExploreResult.Verdict.PASS, sc.verdict(), sc.summary());
  }

  @Test
  void aPassStatesItsBound() {
    Scenario sb = LitmusBank.all().get(1).scenario(Litmus.Access.PLAIN);
    ExploreResult r = Explorer.explore(sb, SC.withModel(MemoryModel.TSO).withPreemptionBound(0));
    assertEquals(ExploreResult.Verdict.PASS, r.verdict());
    assertTrue(r.summary().startsWith("pass: litmus/sb+f under TSO: exhaustive to preemption bound 0: "), r.summary());
    ExploreResult unbounded = Explorer.explore(sb, SC.withModel(MemoryModel.TSO).withReduction(false));
    assertTrue(unbounded.schedules() > r.schedules(), unbounded.summary() + " vs " + r.summary());
  }

  @Test
  void runsCutAtTheDepthBoundAreInconclusive() {
    Scenario sb = LitmusBank.all().get(1).scenario(Litmus.Access.PLAIN);
    ExploreResult r = Explorer.explore(sb, SC.withMaxSteps(3));
    assertEquals(ExploreResult.Verdict.INCONCLUSIVE, r.verdict());
    assertTrue(r.summary().contains("runs cut at the depth bound of 3 steps"), r.summary());
    ExploreResult limited = Explorer.explore(sb, SC.withMaxSchedules(1));
    assertEquals(ExploreResult.Verdict.INCONCLUSIVE, limited.verdict(), limited.summary());
  }

  @Test
  void tokensRoundTripAndBadOnesAreRejected() {
    ReplayToken t = ReplayToken.parse("litmus/sb:tso:0*2.1*2.f0.f1");
    assertEquals(MemoryModel.TSO, t.model());
    assertEquals(6, t.choices().length);
    assertEquals("litmus/sb:tso:0*2.1*2.f0.f1", t.toString());
    Scenario sb = LitmusBank.all().get(0).scenario(Litmus.Access.PLAIN);
    assertEquals("outcome r0=0, r1=0 reached", Explorer.replay(sb, t).failure().message());
    assertEquals(ExploreResult.Verdict.PASS,
        Explorer.replay(sb, ReplayToken.parse("litmus/sb:tso:0.f0.0.1*2.f1")).verdict());
    for (String bad : List.of("litmus/sb", "litmus/sb:arm:0", "litmus/sb:tso:x", "litmus/sb:tso:0*0", "litmus/sb:tso:9")) {
      assertThrows(minotaur.history.BadInput.class, () -> ReplayToken.parse(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> Explorer.replay(sb, ReplayToken.parse("litmus/sb:tso:0*2")));
    assertThrows(IllegalArgumentException.class, () -> Explorer.replay(sb, ReplayToken.parse("litmus/sb:tso:f1")));
    assertThrows(IllegalArgumentException.class, () -> Explorer.replay(sb, ReplayToken.parse("litmus/mp:tso:0")));
  }

  @Test
  void faultPointsAreSchedulingPointsForExploredThreadsOnly() {
    List<String> seen = new ArrayList<>();
    FaultPointHandler outside = new FaultPointHandler() {
      @Override public void at(String point) {
        seen.add(point);
      }
    };
    FaultPointHandler before = Faults.install(outside);
    try {
      // Both threads write x and read it back with a fault point in between: only a switch at
      // the fault point lets the other thread's write land in the window.
      Scenario s = new Scenario("window", "a fault point between a store and a load", w -> {
        IntCell x = w.memory().intCell("x", 0);
        for (int i = 1; i <= 2; i++) {
          int mine = i;
          w.thread("t" + i, self -> {
            x.setVolatile(mine);
            Faults.point("window.after-store");
            self.check(x.getVolatile() == mine, "x overwritten in the window");
          });
        }
      });
      ExploreResult r = Explorer.explore(s, SC);
      assertEquals(Failure.Kind.ASSERTION, r.failure().kind(), r.summary());
      assertTrue(r.failure().trace().stream().anyMatch(l -> l.contains("fault point window.after-store")),
          String.join("\n", r.failure().trace()));
      assertTrue(seen.isEmpty(), "explored threads do not reach the outside hook: " + seen);
      Faults.point("outside");
      assertEquals(List.of("outside"), seen);
    } finally {
      Faults.install(before);
    }
  }

  /** Three threads each incrementing one cell many times: far more schedules than a test can run. */
  private static Scenario hugeTree() {
    return new Scenario("huge", "three threads, forty dependent increments each", w -> {
      IntCell x = w.memory().intCell("x", 0);
      for (int t = 0; t < 3; t++) {
        w.thread("t" + t, self -> {
          for (int i = 0; i < 40; i++) x.setPlain(x.getPlain() + 1);
        });
      }
    });
  }

  @Test
  void theTimeLimitStopsDfsInconclusiveAndSaysHowFarItGot() {
    ExploreResult r = Explorer.explore(hugeTree(), SC.withTimeLimit(java.time.Duration.ofMillis(1)));
    assertEquals(ExploreResult.Verdict.INCONCLUSIVE, r.verdict(), r.summary());
    assertTrue(r.timeLimitHit());
    assertEquals(2, minotaur.cli.Exit.of(r.verdict()));
    assertTrue(r.schedules() >= 1, r.summary());
    assertEquals(240, r.deepest(), "every run does all 240 steps");
    assertTrue(r.explored() >= 0 && r.explored() < 1, "an estimate short of the whole tree: " + r.explored());
    assertTrue(r.summary().contains("stopped at the time limit") && r.summary().contains("deepest run 240 steps")
        && r.summary().contains("depth bound of 1000 steps not reached") && r.summary().contains("explored (estimate)"),
        r.summary());
  }

  @Test
  void theTimeLimitStopsPctToo() {
    ExploreResult r = Explorer.explore(hugeTree(), SC.withRandom(1_000_000, 7).withTimeLimit(java.time.Duration.ofMillis(1)));
    assertEquals(ExploreResult.Verdict.INCONCLUSIVE, r.verdict(), r.summary());
    assertTrue(r.timeLimitHit() && r.explored() < 1, r.summary());
  }

  @Test
  void aFinishedExplorationHasExploredEverything() {
    Scenario s = new Scenario("two-stores", "two threads, one store each", w -> {
      IntCell x = w.memory().intCell("x", 0);
      w.thread("a", self -> x.setPlain(1));
      w.thread("b", self -> x.setPlain(2));
    });
    ExploreResult dfs = Explorer.explore(s, SC.withTimeLimit(java.time.Duration.ofMinutes(1)));
    assertEquals(ExploreResult.Verdict.PASS, dfs.verdict(), dfs.summary());
    assertEquals(1.0, dfs.explored());
    assertEquals(1.0, Explorer.explore(s, SC.withRandom(5, 1)).explored());
  }
}
