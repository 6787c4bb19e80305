package minotaur.explore.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.Failure;
import minotaur.explore.MemoryModel;
import minotaur.explore.ReplayToken;
import minotaur.explore.Scenario;
import minotaur.cli.Scenarios;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 on execution graphs: aio_notify's BEFORE (the seq_cst xchg of {@code ctx->notified}
 * taken for a full barrier) loses a wakeup under RA and RC11, which x86-TSO cannot show; SEED
 * (with the smp_mb) holds under RC11, exhaustively (slow suite).
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

  @Tag("slow")
  @Test
  void aioSeedHoldsUnderRc11() {
    ExploreResult r = Explorer.explore(Scenarios.named("aio/seed/promela-notify"),
        ExploreOptions.defaults().withModel(MemoryModel.RC11));
    System.out.println(r.summaryWithRace());
    assertEquals(ExploreResult.Verdict.PASS, r.verdict(), r.summary());
    assertEquals(0, r.duplicates());
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
}
