package minotaur.prim.aio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import minotaur.mem.Memory;
import minotaur.prim.qemu_event.Choreography;
import minotaur.prim.qemu_event.MonitorOs;
import org.junit.jupiter.api.Test;

/**
 * Each SC mutant of BUGS.md 001 fails in one forced interleaving, and the seed survives the same
 * interleaving. A lost wakeup is: the home thread sleeps in aio_poll while a BH is scheduled and
 * nothing will set the notifier.
 */
class AioContextMutantTest {
  private final List<String> ran = new CopyOnWriteArrayList<>();

  private AioContext ctx(AioVariant v) {
    return new AioContext(v, Memory.jvm(), new MonitorOs());
  }

  /** Starts the context's home thread, named "home", running {@code body}. */
  static Thread startHome(AioContext ctx, Runnable body) {
    return Choreography.start("home", () -> {
      ctx.setHomeThread(Thread.currentThread());
      body.run();
    });
  }

  /** Is {@code home} still asleep with {@code bh} scheduled after the schedule returned? */
  private static boolean lostWakeup(AioContext ctx, Thread home, QemuBh bh) throws Exception {
    home.join(2_000);
    boolean lost = home.isAlive();
    if (lost) {
      assertTrue((bh.flagsNow() & QemuBh.BH_SCHEDULED) != 0, "the BH is still scheduled");
      assertFalse(ctx.notifierSet(), "and nothing will wake the poller");
      home.interrupt();
    }
    return lost;
  }

  /**
   * The scheduler pauses where the mutants differ: notify-unconditional-skip has already read
   * notify_me (0); clear-before-poll's home thread has already taken its 2 back.
   */
  private boolean scheduleWhileHomeGoesToSleep(AioVariant v) throws Exception {
    AioContext ctx = ctx(v);
    QemuBh a = ctx.aioBhNew("a", () -> ran.add("a"));
    try (Choreography c = new Choreography()) {
      c.pauseAt("scheduler", "aio.enqueue.before-flags");
      Thread scheduler = Choreography.start("scheduler", a::qemuBhSchedule);
      c.awaitArrival("scheduler", "aio.enqueue.before-flags");
      c.pauseAt("home", "aio.poll.before-wait");
      Thread home = startHome(ctx, () -> ctx.aioPoll(true));
      c.awaitArrival("home", "aio.poll.before-wait"); // computed an infinite timeout
      c.release("scheduler", "aio.enqueue.before-flags");
      scheduler.join(10_000);
      c.release("home", "aio.poll.before-wait");
      return lostWakeup(ctx, home, a);
    }
  }

  @Test
  void notifyUnconditionalSkipLosesTheWakeup() throws Exception {
    assertTrue(scheduleWhileHomeGoesToSleep(AioVariant.NOTIFY_UNCONDITIONAL_SKIP));
  }

  @Test
  void clearBeforePollLosesTheWakeup() throws Exception {
    assertTrue(scheduleWhileHomeGoesToSleep(AioVariant.CLEAR_BEFORE_POLL));
  }

  @Test
  void seedAndBeforeSurviveAScheduleWhileHomeGoesToSleep() throws Exception {
    assertFalse(scheduleWhileHomeGoesToSleep(AioVariant.SEED));
    assertFalse(scheduleWhileHomeGoesToSleep(AioVariant.BEFORE));
    assertEquals(List.of("a", "a"), ran);
  }

  /**
   * aio_notify_accept.promela BUG2. (1) the home thread sleeps; z's schedule wakes it; (2) b's
   * scheduler reads notify_me == 2 and pauses; (3) the home thread takes its 2 back and accept
   * swaps notified true→false, pausing before it clears the notifier; (4) b's aio_notify sees
   * notified false, sets the (already set) notifier and notified; (5) accept clears the notifier:
   * notified is left true with the notifier clear. Then the home thread sleeps again and c's
   * schedule, seeing notified, skips event_notifier_set. Returns whether c was lost.
   */
  private boolean acceptRacesWithNotify(AioVariant v) throws Exception {
    AioContext ctx = ctx(v);
    QemuBh z = ctx.aioBhNew("z", () -> ran.add("z"));
    QemuBh b = ctx.aioBhNew("b", () -> ran.add("b"));
    QemuBh cBh = ctx.aioBhNew("c", () -> ran.add("c"));
    try (Choreography c = new Choreography()) {
      c.pauseAt("home", "aio.poll.after-wait");
      c.pauseAt("home", "aio.accept.before-clear");
      c.pauseAt("scheduler-b", "aio.notify.before-signal");
      Thread home = startHome(ctx, () -> {
        ctx.aioPoll(true);
        ctx.aioPoll(true);
      });
      Choreography.awaitBlocked(home);
      Choreography.start("scheduler-z", z::qemuBhSchedule).join(10_000);
      c.awaitArrival("home", "aio.poll.after-wait");
      Thread sb = Choreography.start("scheduler-b", b::qemuBhSchedule);
      c.awaitArrival("scheduler-b", "aio.notify.before-signal");
      c.release("home", "aio.poll.after-wait");
      c.awaitArrival("home", "aio.accept.before-clear");
      c.release("scheduler-b", "aio.notify.before-signal");
      sb.join(10_000);
      c.release("home", "aio.accept.before-clear");
      awaitRan(2); // the first aio_poll ran b and z (CI once saw the check below come too early)
      Choreography.awaitBlocked(home); // the second aio_poll sleeps
      assertEquals(List.of("b", "z"), ran.subList(0, 2));
      Choreography.start("scheduler-c", cBh::qemuBhSchedule).join(10_000);
      return lostWakeup(ctx, home, cBh);
    }
  }

  /** Waits (bounded) until {@code n} BHs have run. */
  private void awaitRan(int n) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (ran.size() < n) {
      if (System.nanoTime() > deadline) throw new AssertionError("only " + ran + " ran");
      Thread.onSpinWait();
    }
  }

  @Test
  void setOnlyIfNotNotifiedLosesTheWakeup() throws Exception {
    assertTrue(acceptRacesWithNotify(AioVariant.SET_ONLY_IF_NOT_NOTIFIED));
  }

  @Test
  void seedSurvivesAnAcceptRacingWithNotify() throws Exception {
    assertFalse(acceptRacesWithNotify(AioVariant.SEED));
  }

  /**
   * aio_notify_accept.promela BUG1: a's aio_notify sets notified and pauses; the home thread's
   * accept swaps notified and clears the (not yet set) notifier; then a's notify sets it. The
   * notifier stays set with notified clear: every later blocking aio_poll returns at once (busy
   * loop). Returns whether the context was left in that state.
   */
  private boolean notifyStraddlesAccept(AioVariant v, String pausePoint) throws Exception {
    AioContext ctx = ctx(v);
    QemuBh z = ctx.aioBhNew("z", () -> ran.add("z"));
    QemuBh a = ctx.aioBhNew("a", () -> ran.add("a"));
    try (Choreography c = new Choreography()) {
      c.pauseAt("home", "aio.poll.after-wait");
      c.pauseAt("scheduler-a", pausePoint);
      Thread home = startHome(ctx, () -> ctx.aioPoll(true));
      Choreography.awaitBlocked(home);
      Choreography.start("scheduler-z", z::qemuBhSchedule).join(10_000);
      c.awaitArrival("home", "aio.poll.after-wait");
      Thread sa = Choreography.start("scheduler-a", a::qemuBhSchedule);
      c.awaitArrival("scheduler-a", pausePoint);
      c.release("home", "aio.poll.after-wait");
      home.join(10_000);
      c.release("scheduler-a", pausePoint);
      sa.join(10_000);
      ctx.setHomeThread(Thread.currentThread());
      boolean stuck = ctx.notifierSet() && !ctx.notified();
      if (stuck) {
        for (int i = 0; i < 3; i++) assertFalse(ctx.aioPoll(true), "returns at once, no progress");
      }
      return stuck;
    }
  }

  @Test
  void notifiedBeforeSetLeavesTheNotifierStuck() throws Exception {
    assertTrue(notifyStraddlesAccept(AioVariant.NOTIFIED_BEFORE_SET, "aio.notify.between-notified-and-set"));
  }

  @Test
  void seedNeverLeavesTheNotifierStuck() throws Exception {
    assertFalse(notifyStraddlesAccept(AioVariant.SEED, "aio.notify.between-set-and-notified"));
  }
}
