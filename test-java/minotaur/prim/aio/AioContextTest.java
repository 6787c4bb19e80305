package minotaur.prim.aio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import minotaur.mem.Memory;
import minotaur.prim.qemu_event.Choreography;
import minotaur.prim.qemu_event.MonitorOs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bottom halves, notify_me and the home-thread rule, single-threaded and with one scheduler. */
class AioContextTest {
  private final List<String> ran = new CopyOnWriteArrayList<>();

  private AioContext ctx(AioVariant v) {
    return new AioContext(v, Memory.jvm(), new MonitorOs());
  }

  /** sleep-despite-pending is left out: its blocking poll sleeps with the BHs scheduled, by design. */
  @ParameterizedTest
  @EnumSource(value = AioVariant.class, names = "SLEEP_DESPITE_PENDING", mode = EnumSource.Mode.EXCLUDE)
  void aScheduledBhRunsOncePerNonMergedSchedule(AioVariant v) {
    AioContext ctx = ctx(v);
    QemuBh a = ctx.aioBhNew("a", () -> ran.add("a"));
    QemuBh b = ctx.aioBhNew("b", () -> ran.add("b"));
    assertFalse(a.qemuBhSchedule(), "first schedule is not merged");
    assertTrue(a.qemuBhSchedule(), "second schedule merges into the pending one");
    assertFalse(b.qemuBhSchedule());
    assertTrue(ctx.aioPoll(true), "blocking poll returns at once: BHs are scheduled");
    assertEquals(List.of("b", "a"), ran, "LIFO bh_list, one run per non-merged schedule");
    assertFalse(ctx.aioPoll(false), "nothing left");
    assertEquals(0, ctx.notifyMe(), "A3: notify_me is 0 at rest");
    assertFalse(a.qemuBhSchedule(), "not pending any more");
    assertTrue(ctx.gMainContextIteration(), "the GSource path runs it");
    assertEquals(List.of("b", "a", "a"), ran);
    assertEquals(0, ctx.notifyMe());
  }

  @Test
  void onlyTheHomeThreadPolls() throws Exception {
    AioContext ctx = ctx(AioVariant.SEED);
    Throwable[] thrown = new Throwable[1];
    Thread other = new Thread(() -> {
      try {
        ctx.aioPoll(false);
      } catch (IllegalStateException e) {
        thrown[0] = e;
      }
    });
    other.start();
    other.join();
    assertTrue(thrown[0] != null && thrown[0].getMessage().contains("in_aio_context_home_thread"));
    ctx.setHomeThread(other);
    assertThrows(IllegalStateException.class, ctx::aioCtxPrepare);
  }

  @ParameterizedTest
  @EnumSource(value = AioVariant.class, names = {"SEED", "BEFORE"})
  void aSleepingPollerIsWokenByASchedule(AioVariant v) throws Exception {
    AioContext ctx = ctx(v);
    QemuBh a = ctx.aioBhNew("a", () -> ran.add("a"));
    boolean[] progress = new boolean[1];
    Thread home = AioContextMutantTest.startHome(ctx, () -> progress[0] = ctx.aioPoll(true));
    Choreography.awaitBlocked(home);
    assertEquals(2, ctx.notifyMe(), "the sleeping poller announced itself");
    a.qemuBhSchedule();
    home.join(10_000);
    assertFalse(home.isAlive());
    assertTrue(progress[0]);
    assertEquals(List.of("a"), ran);
    assertEquals(0, ctx.notifyMe());
    // The accept may run before aio_notify sets notified; then both stay set for the next poll.
    assertTrue(!ctx.notifierSet() || ctx.notified(), "a set notifier is always flagged in notified");
  }
}
