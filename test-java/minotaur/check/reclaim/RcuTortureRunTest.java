package minotaur.check.reclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import minotaur.fault.FaultPlan;
import minotaur.history.Op;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.rcu.RcuTorture;
import minotaur.prim.rcu.RcuTortureClient;
import minotaur.prim.rcu.RcuVariant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bounded, seeded rcutorture runs: processes 0 and 1 read, process 2 updates and synchronizes,
 * process 3 updates through call_rcu; at quiescence one more synchronize_rcu and a drain. CORRECT
 * must pass; every mutant must be caught, by a run whose verdict does not depend on the schedule
 * (a scripted run under a plan's {@code :order} where the bug needs an overlap). Failures print the
 * seed and the history path.
 */
class RcuTortureRunTest {
  static Op gen(int process, Random rng, int i) {
    switch (process) {
      case 0, 1:
        return Op.invoke(process, "read", null);
      case 2:
        return Op.invoke(process, rng.nextBoolean() ? "update" : "sync", null);
      default:
        return Op.invoke(process, "call-rcu", null);
    }
  }

  static IPersistentMap run(RcuVariant v, long seed, int ops) throws Exception {
    return run(v, seed, ops, RcuTortureRunTest::gen,
        ReclaimRun.delays(seed, Set.of("rcu.torture-read.hold", "rcu.read-lock.after-gp-read"), 0.3, 200));
  }

  static IPersistentMap run(RcuVariant v, long seed, int ops, ReclaimRun.Gen gen, FaultPlan faults) throws Exception {
    RcuTorture torture = new RcuTorture(v, Memory.jvm(), Os.jvm());
    try {
      ReclaimRun.Result r = ReclaimRun.run("rcu", v.name().toLowerCase(), seed, 4, ops,
          p -> new RcuTortureClient(torture, p)::invoke, gen, faults,
          List.of(Op.invoke(0, "sync", null), Op.invoke(0, "drain", null)),
          p -> new RcuTortureClient(torture, p)::invoke);
      IPersistentMap verdict = RcuTortureChecker.check(r.history()).toEdn();
      System.out.println("rcu " + v + ": " + r.replay() + "\n  " + verdict.valAt(Keyword.intern("summary")));
      return verdict.assoc(Keyword.intern("replay"), r.replay()).assoc(Keyword.intern("left-order"), (long) r.leftOrder());
    } finally {
      torture.close();
    }
  }

  /**
   * A seeded stress run per variant whose verdict does not hang on the schedule: CORRECT and FIXED
   * hold, and UNLOCK_NO_PUBLISH leaves a reader's {@code ctr} set after any read, so the
   * quiescence synchronize_rcu hangs whatever the interleaving. The mutants that need a reader
   * inside across a whole synchronize_rcu are syncDuringAReadReturnsEarly's.
   */
  @ParameterizedTest
  @EnumSource(value = RcuVariant.class, names = {"CORRECT", "FIXED", "UNLOCK_NO_PUBLISH"})
  void verdictPerVariant(RcuVariant v) throws Exception {
    IPersistentMap verdict = run(v, 7, 300);
    assertEquals(v == RcuVariant.CORRECT || v == RcuVariant.FIXED, verdict.valAt(Keyword.intern("valid?")), verdict.toString());
  }

  /**
   * Reader 0 stays inside its critical section, announced, from before synchronize_rcu of process
   * 2 starts until it has returned. A thread waiting for its turn waits until the threads of the
   * earlier entries have gone on to their next point (or ended), never for a delay, so the schedule
   * is the same on any machine; the timeout only bounds a wait for a thread that cannot come. A
   * correct RCU makes the sync wait for the reader instead: this order is for the mutants.
   */
  static final String SYNC_DURING_READ_ORDER = """
      {:faults [{:order [[0 "rcu.torture-read.hold" 1]             ; reader 0 inside, announced
                         [2 "os.mutex.lock@rcu_registry_lock" 1]   ; sync registers, then snapshots who is inside
                         [2 "os.mutex.unlock@rcu_sync_lock" 1]     ; synchronize_rcu returns (process 2 ends)
                         [0 "rcu.torture-read.nested" 1]]          ; only then may the reader leave
                 :timeout "5s"}]}""";

  /** SYNC_NO_WAIT and READER_NO_SNAPSHOT let a synchronize_rcu return during a read that began before it. */
  @ParameterizedTest
  @EnumSource(value = RcuVariant.class, names = {"SYNC_NO_WAIT", "READER_NO_SNAPSHOT"})
  void syncDuringAReadReturnsEarly(RcuVariant v) throws Exception {
    ReclaimRun.Gen script = ReclaimRun.script(Map.of(0, List.of(Op.invoke(0, "read", null)),
        2, List.of(Op.invoke(2, "sync", null))));
    IPersistentMap verdict = run(v, 0, 1, script, FaultPlan.parse(SYNC_DURING_READ_ORDER, "SYNC_DURING_READ_ORDER"));
    assertEquals(0L, verdict.valAt(Keyword.intern("left-order")), "the run followed the plan's order: " + verdict);
    assertEquals(false, verdict.valAt(Keyword.intern("valid?")), verdict.toString());
    assertTrue(verdict.toString().contains("returned while pre-existing readers [0]"), verdict.toString());
  }

  @Tag("slow")
  @ParameterizedTest
  @EnumSource(RcuVariant.class)
  void verdictPerVariantLong(RcuVariant v) throws Exception {
    for (long seed = 1; seed <= 5; seed++) {
      IPersistentMap verdict = run(v, seed, 5_000);
      assertEquals(v == RcuVariant.CORRECT || v == RcuVariant.FIXED, verdict.valAt(Keyword.intern("valid?")), verdict.toString());
    }
  }
}
