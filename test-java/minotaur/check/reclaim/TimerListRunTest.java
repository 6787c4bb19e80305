package minotaur.check.reclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.time.Duration;
import minotaur.check.CheckOptions;
import minotaur.check.CheckResult;
import minotaur.check.Linearizability;
import minotaur.fault.FaultPlan;
import minotaur.model.Models;
import minotaur.model.TimerListModel;
import minotaur.history.Op;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.timer_list.TimerList;
import minotaur.prim.timer_list.TimerListClient;
import minotaur.prim.timer_list.TimerListSystem;
import minotaur.prim.timer_list.TimerVariant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bounded, seeded concurrent runs of the timer list: process 0 runs timers, process 1 reads the
 * head (expired/deadline), processes 2 and 3 mod/del/free their own timers. Every variant's
 * verdict is asserted; a failing assertion prints the seed and the history path. A mutant's
 * window is not left to the schedule: a short scripted run goes through it under a plan's {@code
 * :order} (each thread waits for another to pass a named point), so finding the bug is certain on
 * any machine; the seeded stress runs of the mutants are in the slow suite.
 */
class TimerListRunTest {
  static final long DRAIN_NOW = 1_000_000;
  static final Set<String> READ_WINDOWS = Set.of("timer-list.read.after-head-load", "timer-list.run.after-head-load");

  static Op gen(int process, Random rng, int i) {
    long now = rng.nextInt(100);
    switch (process) {
      case 0:
        return rng.nextInt(4) == 0 ? Op.invoke(process, "expired", Arrays.asList(now, null))
            : Op.invoke(process, "run", Arrays.asList(now, null));
      case 1:
        return Op.invoke(process, rng.nextBoolean() ? "expired" : "deadline", Arrays.asList(now, null));
      default:
        long timer = process * 10L + rng.nextInt(3);
        int k = rng.nextInt(10);
        if (k < 6) return Op.invoke(process, "mod", List.of(timer, (long) rng.nextInt(100)));
        return Op.invoke(process, k < 8 ? "del" : "free", timer);
    }
  }

  record Outcome(ReclaimRun.Result run, IPersistentMap uaf, IPersistentMap firing, IPersistentMap shape,
      IPersistentMap expired, CheckResult lin) {
    boolean valid(IPersistentMap v) {
      return Boolean.TRUE.equals(v.valAt(Keyword.intern("valid?")));
    }

    String describe() {
      return run.replay() + "\n  uaf: " + uaf.valAt(Keyword.intern("summary"))
          + "\n  T4: " + firing.valAt(Keyword.intern("summary"))
          + "\n  T1: " + shape.valAt(Keyword.intern("summary"))
          + "\n  T2: " + expired.valAt(Keyword.intern("summary"))
          + "\n  timer-list model: " + lin.summary();
    }
  }

  /** One process doing everything: a sequential history, where every variant must be linearizable. */
  static Op sequentialGen(int process, Random rng, int i) {
    int k = rng.nextInt(3);
    return (k == 0 ? gen(0, rng, i) : k == 1 ? gen(1, rng, i) : gen(2, rng, i)).withProcess(0);
  }

  static Outcome run(TimerVariant v, long seed, int ops, FaultPlan faults) throws Exception {
    return run(v, seed, 4, ops, TimerListRunTest::gen, faults);
  }

  static Outcome run(TimerVariant v, long seed, int processes, int ops, ReclaimRun.Gen gen,
      FaultPlan faults) throws Exception {
    try (TimerListSystem sys = new TimerListSystem(v, Memory.jvm(), Os.jvm())) {
      List<TimerListShape.Entry> atRest = new ArrayList<>();
      ReclaimRun.Result r = ReclaimRun.run("timer-list", v.name().toLowerCase(), seed, processes, ops,
          p -> new TimerListClient(sys, p)::invoke, gen, faults,
          List.of(Op.invoke(0, "run", Arrays.asList(DRAIN_NOW, null))),
          p -> {
            TimerListClient c = new TimerListClient(sys, p);
            return op -> {
              for (TimerList.Entry e : sys.list().snapshot()) {
                atRest.add(new TimerListShape.Entry(e.timer().address(), e.expireTime(),
                    (sys.heap().tag(e.timer()) & 1) == 0));
              }
              return c.invoke(op);
            };
          });
      Outcome o = new Outcome(r, UseAfterFreeChecker.check(r.history()).toEdn(),
          TimerFiringChecker.check(r.history()).toEdn(), TimerListShape.check(atRest).toEdn(),
          TimerExpiredChecker.check(r.history()).toEdn(),
          Linearizability.check(Models.named("timer-list", null), TimerListModel.splitRuns(r.history()),
              CheckOptions.defaults().withTimeLimit(Duration.ofSeconds(30))));
      System.out.println("timer-list " + v + ": " + o.describe());
      return o;
    }
  }

  static FaultPlan readerDelays(long seed) {
    return ReclaimRun.delays(seed, READ_WINDOWS, 0.3, 200);
  }

  /** The window of the seed's use-after-free, forced as {@link #STALE_HEAD_ORDER} forces its window. */
  static final String READ_DURING_FREE_ORDER = """
      {:faults [{:order [[2 "os.mutex.unlock@active_timers_lock" 1]  ; timer_mod(20, 10) linked timer 20
                         [1 "rcu.read-lock.after-gp-read" 1]         ; timerlist_expired loads the head, timer 20
                         [2 "os.mutex.lock@active_timers_lock" 2]    ; timer_free(20) unlinks it
                         [2 "timer-list.free.before-g-free" 1]       ; and frees it and returns (process 2 ends)
                         [1 "timer-list.read.after-head-load" 1]]    ; only then is its expire_time read
                 :timeout "5s"}]}""";

  /**
   * Under {@link #READ_DURING_FREE_ORDER} SEED's reader dereferences the freed head (T5); FIXED
   * defers the free past the reader's critical section and BEFORE reads under the lock.
   */
  @ParameterizedTest
  @EnumSource(value = TimerVariant.class, names = {"SEED", "FIXED", "BEFORE"})
  void readDuringFreeUnderTheForcedOrder(TimerVariant v) throws Exception {
    ReclaimRun.Gen script = ReclaimRun.script(Map.of(
        1, List.of(Op.invoke(1, "expired", Arrays.asList(50L, null))),
        2, List.of(Op.invoke(2, "mod", List.of(20L, 10L)), Op.invoke(2, "free", 20L))));
    Outcome o = run(v, 0, 4, 2, script, FaultPlan.parse(READ_DURING_FREE_ORDER, "READ_DURING_FREE_ORDER"));
    assertEquals(0, o.run().leftOrder(), "the run followed the plan's order: " + o.describe());
    assertEquals(v != TimerVariant.SEED, o.valid(o.uaf()), o.describe());
  }

  /** The seed's use-after-free in a seeded stress run, where it is seen often but by chance; see readDuringFreeUnderTheForcedOrder. */
  @Tag("slow")
  @Test
  void seedFailsUseAfterFreeInAStressRun() throws Exception {
    Outcome o = run(TimerVariant.SEED, 1, 400, readerDelays(1));
    assertEquals(false, o.valid(o.uaf()), o.describe());
  }

  /**
   * FIXED passes T5, T4 and T1. Its lockless reads are not linearizable (a reader may act on a
   * head that a concurrent timer_mod is moving; the seed accepts that, relying on notify), so the
   * timer-list model's verdict is printed, not asserted; see TimerListTest's stale-head test.
   */
  @Test
  void fixedPasses() throws Exception {
    Outcome o = run(TimerVariant.FIXED, 1, 400, readerDelays(1));
    assertEquals(List.of(true, true, true), List.of(o.valid(o.uaf()), o.valid(o.firing()), o.valid(o.shape())), o.describe());
  }

  /** BEFORE passes T5, T4 and T1; its T2 violation (the seed's {@code <}) is t2Concurrently's. */
  @Test
  void beforePasses() throws Exception {
    Outcome o = run(TimerVariant.BEFORE, 1, 400, readerDelays(1));
    assertEquals(List.of(true, true, true), List.of(o.valid(o.uaf()), o.valid(o.firing()), o.valid(o.shape())), o.describe());
  }

  /**
   * The window of NO_RECHECK_HEAD, forced by the plan's {@code :order} rather than hoped for. A
   * thread waiting for its turn waits until the threads of the earlier entries have gone on to
   * their next point (or ended); between its points a thread runs free, so each window that matters
   * is closed by an entry on both sides. Nothing here is a delay, so the schedule is the same on
   * any machine; the timeout only bounds a wait for a thread that cannot come.
   */
  static final String STALE_HEAD_ORDER = """
      {:faults [{:order [[3 "os.mutex.unlock@active_timers_lock" 1]  ; timer_mod(30, 20) linked timer 30
                         [2 "os.mutex.lock@active_timers_lock" 1]    ; then timer_mod(20, 10) links 20 at the head
                         [2 "os.mutex.unlock@active_timers_lock" 1]
                         [0 "rcu.read-lock.after-gp-read" 1]         ; run(50) loads the head, timer 20
                         [0 "timer-list.run.after-head-load" 1]      ; and reads its expire_time: due
                         [2 "os.mutex.lock@active_timers_lock" 2]    ; timer_mod(20, 90) moves 20 behind 30
                         [2 "os.mutex.unlock@active_timers_lock" 2]  ; and returns (process 2 ends)
                         [0 "timer-list.run.before-lock" 1]]         ; only then does run take the lock
                 :timeout "5s"}]}""";

  /**
   * Under {@link #STALE_HEAD_ORDER} NO_RECHECK_HEAD unlinks the head it read without the lock,
   * timer 20, taking timer 30 behind it off the list, and fires 20: timer 30 is lost (T4) and the
   * history is not linearizable. The variants that re-read the head under the lock fire timer 30
   * and leave 20 for the drain.
   */
  @ParameterizedTest
  @EnumSource(value = TimerVariant.class, names = {"NO_RECHECK_HEAD", "SEED", "FIXED"})
  void staleHeadUnderTheForcedOrder(TimerVariant v) throws Exception {
    ReclaimRun.Gen script = ReclaimRun.script(Map.of(
        0, List.of(Op.invoke(0, "run", Arrays.asList(50L, null))),
        2, List.of(Op.invoke(2, "mod", List.of(20L, 10L)), Op.invoke(2, "mod", List.of(20L, 90L))),
        3, List.of(Op.invoke(3, "mod", List.of(30L, 20L)))));
    Outcome o = run(v, 0, 4, 2, script, FaultPlan.parse(STALE_HEAD_ORDER, "STALE_HEAD_ORDER"));
    assertEquals(0, o.run().leftOrder(), "the run followed the plan's order: " + o.describe());
    boolean caught = v == TimerVariant.NO_RECHECK_HEAD;
    assertEquals(List.of(!caught, !caught), List.of(o.valid(o.firing()), o.lin().isValid()), o.describe());
  }

  /** The stale head is seen in a seeded stress run too, though only by chance there; see staleHeadUnderTheForcedOrder. */
  @Tag("slow")
  @Test
  void noRecheckHeadIsCaughtInAStressRun() throws Exception {
    Outcome o = run(TimerVariant.NO_RECHECK_HEAD, 2, 400,
        ReclaimRun.delays(2, Set.of("timer-list.run.before-lock"), 0.5, 300));
    assertEquals(false, o.valid(o.uaf()) && o.valid(o.firing()) && o.valid(o.shape()) && o.lin().isValid(), o.describe());
  }

  /**
   * T2 needs no concurrency to fail: in a sequential history SEED and BEFORE (the seed's {@code <})
   * answer "not expired" at now == expire_time, and both the T2 checker and the timer-list model
   * reject it; FIXED's answers all fit.
   */
  @ParameterizedTest
  @EnumSource(value = TimerVariant.class, names = {"SEED", "BEFORE", "FIXED"})
  void t2Sequentially(TimerVariant v) throws Exception {
    Outcome o = run(v, 3, 1, 600, TimerListRunTest::sequentialGen, null);
    boolean holds = v == TimerVariant.FIXED;
    assertEquals(List.of(holds, holds), List.of(o.valid(o.expired()), o.lin().isValid()), o.describe());
  }

  /**
   * The T2 checker is sound under concurrency: FIXED's lockless reads race timer_mod, timer_del
   * and the firings, and none of its answers is blamed. (That it catches SEED and BEFORE in
   * concurrent runs is ReclaimWorkloadsTest's, whose quiescence probe makes it certain.)
   */
  @Test
  void t2CheckerBlamesNoRaceOfFixed() throws Exception {
    Outcome o = run(TimerVariant.FIXED, 1, 400, readerDelays(1));
    assertEquals(true, o.valid(o.expired()), o.describe());
  }

  @Tag("slow")
  @Test
  void fixedPassesALongRun() throws Exception {
    for (long seed = 1; seed <= 20; seed++) {
      Outcome o = run(TimerVariant.FIXED, seed, 20_000, readerDelays(seed));
      assertEquals(List.of(true, true, true), List.of(o.valid(o.uaf()), o.valid(o.firing()), o.valid(o.shape())), o.describe());
    }
  }
}
