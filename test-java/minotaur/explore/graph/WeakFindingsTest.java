package minotaur.explore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.cli.Scenarios;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.Failure;
import minotaur.explore.MemoryModel;
import minotaur.explore.ReplayToken;
import minotaur.explore.scenario.Scenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The findings of the execution-graph engine (docs/memory-models.md, Findings), each a few
 * explorations of a second or two. Seed 001: aio_notify's BEFORE (the seq_cst xchg of {@code
 * ctx->notified} taken for a full barrier) loses a wakeup under RA and RC11, which x86-TSO cannot
 * show; SEED (with the smp_mb) holds under RC11, exhaustively (slow suite). Variants correct under
 * SC and TSO that fail under RA or RC11, each with the later code that fixes it: QemuEvent FIXED
 * (reset's OR is no full fence; fixed-2023 holds), RCU CORRECT (rcu_read_unlock's xchg is no full
 * fence; fixed holds), exclusive SEED (a relaxed running = false releases nothing); and the
 * weak-only timer-list mutant plain-publish, caught under RC11. A failure is replayed from its
 * token, which the assertion messages print.
 */
class WeakFindingsTest {
  private static final String AIO = "aio/before/promela-notify";

  @Test
  void aioBeforeLosesAWakeupUnderRaAndRc11() {
    Scenario before = Scenarios.named(AIO);
    for (MemoryModel m : new MemoryModel[] {MemoryModel.RA, MemoryModel.RC11}) {
      ExploreResult r = Explorer.explore(before, ExploreOptions.defaults().withModel(m));
      System.out.println(r.summaryWithRace() + (r.failure() == null ? "" : "\n" + r.failure().report()));
      assertEquals(ExploreResult.Verdict.FAIL, r.verdict(), r.summary());
      assertEquals(Failure.Kind.LOST_WAKEUP, r.failure().kind(), r.failure().report());
      assertTrue(r.failure().message().startsWith("T0 (home) blocked in ctx->notifier.awaitSet()"), r.failure().message());
      assertEquals(0, r.duplicates());
      ExploreResult replayed = Explorer.replay(before, ReplayToken.parse(r.failure().token()));
      assertEquals(r.failure(), replayed.failure(), "the graph token replays the same failure and trace");
    }
  }

  @Tag("slow")
  @Test
  void aioBeforeHoldsUnderTsoOnTheGraphEngineToo() {
    ExploreResult r = Explorer.explore(Scenarios.named(AIO), ExploreOptions.defaults().withModel(MemoryModel.TSO)
        .withEngine(minotaur.explore.Engine.GRAPH));
    assertEquals(ExploreResult.Verdict.PASS, r.verdict(), r.summary());
  }

  @Test
  void aioSeedOneBhHoldsUnderRaAndRc11() {
    for (MemoryModel m : WEAK) {
      for (String shape : new String[] {"aio/seed/one-bh", "aio/seed/one-bh-gsource"}) holds(shape, m);
    }
  }

  /**
   * The three-schedule harness is deterministic on execution graphs: its fairness bookkeeping
   * goes through OS objects (it used to be Java fields, and the engine stopped after about 200
   * graphs: "the program is not deterministic"). The default suite explores its first 300
   * graphs; -Pslow all of them (RA 29,832 graphs, several minutes).
   */
  @Test
  void aioSeedPromelaNotifyIsRetracedGraphAfterGraph() {
    ExploreResult r = Explorer.explore(Scenarios.named("aio/seed/promela-notify"),
        ExploreOptions.defaults().withModel(MemoryModel.RC11).withMaxSchedules(300));
    assertEquals(ExploreResult.Verdict.INCONCLUSIVE, r.verdict(), r.summary());
    assertTrue(r.scheduleLimitHit() && !r.bound().contains("not deterministic"), r.summary());
    assertEquals(0, r.duplicates(), r.summary());
  }

  /** The graph engine honours a time limit between graphs and says so (it used to run on). */
  @Test
  @org.junit.jupiter.api.Timeout(120)
  void aGraphExplorationStopsAtItsTimeLimit() {
    ExploreResult r = Explorer.explore(Scenarios.named("aio/seed/promela-notify"),
        ExploreOptions.defaults().withModel(MemoryModel.RA).withTimeLimit(java.time.Duration.ofMillis(300)));
    assertEquals(ExploreResult.Verdict.INCONCLUSIVE, r.verdict(), r.summary());
    assertTrue(r.timeLimitHit() && r.summary().contains("stopped at the time limit"), r.summary());
  }

  @Tag("slow")
  @Test
  void aioSeedPromelaNotifyHoldsUnderRaAndRc11() {
    for (MemoryModel m : WEAK) holds("aio/seed/promela-notify", m);
  }

  /** QemuEvent's wait with a relaxed read of ev->value: caught under RC11 only; SEED and FIXED hold. */
  @Test
  void qemuEventWaitRelaxedReadFailsUnderRc11Only() {
    ExploreResult mutant = Explorer.explore(Scenarios.named("qemu-event/wait-relaxed-read/promela"),
        ExploreOptions.defaults().withModel(MemoryModel.RC11));
    assertEquals(ExploreResult.Verdict.FAIL, mutant.verdict(), mutant.summary());
    assertEquals(ExploreResult.Verdict.PASS, Explorer.explore(Scenarios.named("qemu-event/wait-relaxed-read/promela"),
        ExploreOptions.defaults().withModel(MemoryModel.RA)).verdict());
    for (String ok : new String[] {"qemu-event/seed/promela", "qemu-event/fixed/promela"}) {
      ExploreResult r = Explorer.explore(Scenarios.named(ok), ExploreOptions.defaults().withModel(MemoryModel.RC11));
      assertEquals(ExploreResult.Verdict.PASS, r.verdict(), r.summary());
    }
  }

  /** Fails under {@code model} with {@code kind}, and its token replays the same failure. */
  private static ExploreResult fails(String scenario, MemoryModel model, Failure.Kind kind) {
    Scenario s = Scenarios.named(scenario);
    ExploreResult r = Explorer.explore(s, ExploreOptions.defaults().withModel(model));
    System.out.println(r.summaryWithRace());
    assertEquals(ExploreResult.Verdict.FAIL, r.verdict(), r.summary());
    assertEquals(kind, r.failure().kind(), r.failure().report() + "\nreplay token: " + r.failure().token());
    assertEquals(r.failure(), Explorer.replay(s, ReplayToken.parse(r.failure().token())).failure(),
        "the token replays the same failure: " + r.failure().token());
    return r;
  }

  private static ExploreResult holds(String scenario, MemoryModel model) {
    ExploreResult r = Explorer.explore(Scenarios.named(scenario), ExploreOptions.defaults().withModel(model));
    System.out.println(r.summaryWithRace());
    assertEquals(ExploreResult.Verdict.PASS, r.verdict(), r.summary()
        + (r.failure() == null ? "" : "\n" + r.failure().report()));
    assertEquals(0, r.duplicates(), r.summary());
    return r;
  }

  private static final MemoryModel[] WEAK = {MemoryModel.RA, MemoryModel.RC11};

  /** Reset's seq_cst OR, then the caller's check: store buffering with set's smp_mb and load. */
  @Test
  void qemuEventFixedLosesAWakeupUnderRaAndRc11AndTheMarch2023CodeHolds() {
    for (MemoryModel m : WEAK) {
      fails("qemu-event/fixed/promela-set", m, Failure.Kind.LOST_WAKEUP);
      fails("qemu-event/fixed/futex-promela-set", m, Failure.Kind.LOST_WAKEUP);
      for (String shape : new String[] {"promela", "promela-set", "reset-race", "futex-promela",
          "futex-promela-set", "futex-reset-race"}) {
        holds("qemu-event/fixed-2023/" + shape, m);
      }
    }
  }

  /** rcu_read_unlock's xchg of ctr, then its load of waiting, against the writer's store, smp_mb, load. */
  @Test
  void rcuCorrectLosesTheWritersWakeupUnderRaAndRc11AndLaterQemuHolds() {
    for (MemoryModel m : WEAK) {
      ExploreResult r = fails("rcu/correct/reader-vs-synchronize", m, Failure.Kind.LOST_WAKEUP);
      assertTrue(r.failure().message().startsWith("T1 (writer) blocked"), r.failure().message());
      holds("rcu/fixed/reader-vs-synchronize", m);
    }
  }

  /** cpu_exec_end's relaxed running = false: the exclusive section does not happen after the vCPU's. */
  @Test
  void exclusiveSeedRunsAnExclusiveSectionOverAVcpuSectionUnderRc11Only() {
    ExploreResult r = fails("exclusive/seed/exec-vs-exclusive", MemoryModel.RC11, Failure.Kind.ASSERTION);
    assertTrue(r.failure().message().contains("exclusive section while vCPU 0 runs"), r.failure().message());
    holds("exclusive/seed/exec-vs-exclusive", MemoryModel.RA);
  }

  /**
   * Timer-list FIXED, on the later rcu.c, holds under RA and RC11; under RC11 timer_del_locked's
   * plain {@code *pt = t->next} against the lockless head read is a data race, reported apart.
   */
  @Test
  void timerListFixedHoldsUnderWeakModelsWithItsUnlinkRaceReportedApart() {
    holds("timer-list/fixed/expired-vs-run", MemoryModel.RA);
    ExploreResult r = holds("timer-list/fixed/expired-vs-run", MemoryModel.RC11);
    assertTrue(r.summaryWithRace().contains("active_timers.setPlain(null) [na]"), r.summaryWithRace());
  }

  @Tag("slow")
  @Test
  void timerListFixedReaderVsFreeHoldsUnderWeakModels() {
    holds("timer-list/fixed/reader-vs-free", MemoryModel.RA);
    holds("timer-list/fixed/reader-vs-free", MemoryModel.RC11);
  }

  /** timer_mod_ns linking the timer with a plain store: RC11 only (RA makes the store a release). */
  @Test
  void timerListPlainPublishShowsAnUninitialisedTimerUnderRc11Only() {
    ExploreResult r = fails("timer-list/plain-publish/publish", MemoryModel.RC11, Failure.Kind.ASSERTION);
    assertTrue(r.failure().message().contains("T3: timerlist_deadline_ns(0) returned 0"), r.failure().message());
    long fixed = holds("timer-list/fixed/publish", MemoryModel.RA).complete();
    assertEquals(fixed, holds("timer-list/plain-publish/publish", MemoryModel.RA).complete(),
        "under RA the plain publish is atomic_rcu_set: the same graphs as FIXED");
    holds("timer-list/fixed/publish", MemoryModel.RC11);
  }
}
