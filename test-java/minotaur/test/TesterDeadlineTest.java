package minotaur.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import minotaur.cli.Families;
import minotaur.explore.MemoryModel;
import minotaur.family.Family;
import org.junit.jupiter.api.Test;

/**
 * The tester's deadline on a fake clock, which the first check moves past the budget: no check
 * starts after it (counted through the listener and the evidence, never timed), and a check
 * still running at the hard end is cut short with a row that says so.
 */
class TesterDeadlineTest {
  private static final Duration BUDGET = Duration.ofSeconds(1);
  private final Family xen = Families.named("xen");

  /** A clock standing still until the first check starts, which moves it on by {@code jump}. */
  private static final class JumpingClock implements LongSupplier, CheckListener {
    final AtomicLong now = new AtomicLong(1_000);
    final long jump;
    final List<String> started = new ArrayList<>();

    JumpingClock(long jump) {
      this.jump = jump;
    }

    @Override public long getAsLong() {
      return now.get();
    }

    @Override public void checking(Technique technique, String model, String target) {
      started.add(technique.word() + " " + model + " " + target);
      if (started.size() == 1) now.addAndGet(jump);
    }
  }

  private static TestOptions options() {
    return TestOptions.defaults().withOut(null).withBudget(BUDGET).withModels(List.of(MemoryModel.SC, MemoryModel.TSO));
  }

  @Test
  void noCheckStartsOnceTheBudgetHasPassed() {
    JumpingClock clock = new JumpingClock(BUDGET.toNanos() + 1);
    TestVerdict v = Tester.test(xen, xen.variant("fixed"), options(), clock, clock);
    assertEquals(1, clock.started.size(), "checks started: " + clock.started + "\n" + v.text());
    assertTrue(v.evidence().size() > 1, "the other checks have rows: " + v.text());
    for (Evidence e : v.evidence().subList(1, v.evidence().size())) {
      assertEquals(Evidence.Result.NOT_RUN, e.result(), v.text());
      assertEquals("budget spent", e.bound(), v.text());
    }
    assertTrue(v.evidence().stream().anyMatch(e -> e.technique() == Technique.STRESS), "stress has its rows: " + v.text());
  }

  @Test
  void aCheckStillRunningAtTheHardEndIsCutShortAndItsRowSaysSo() {
    JumpingClock clock = new JumpingClock(BUDGET.toNanos() + Tester.grace(BUDGET) + 1);
    TestVerdict v = Tester.test(xen, xen.variant("fixed"), options(), clock, clock);
    assertEquals(1, clock.started.size(), v.text());
    Evidence first = v.evidence().get(0);
    assertEquals(Evidence.Result.INCOMPLETE, first.result(), v.text());
    assertEquals(Tester.CUT, first.bound(), v.text());
    assertEquals(TestVerdict.Outcome.UNKNOWN, v.outcome(), v.text());
    assertTrue(v.text().contains(Tester.CUT), v.text());
  }

  @Test
  void theGraceIsTwoSecondsOrATenthOfALongBudget() {
    assertEquals(2_000_000_000L, Tester.grace(Duration.ofSeconds(10)));
    assertEquals(6_000_000_000L, Tester.grace(Duration.ofMinutes(1)));
  }

  /** A check blocked past its end: the call returns without it and the check sees an interrupt. */
  @Test
  void theCutoffInterruptsACheckThatOutlivesItsEnd() throws InterruptedException {
    long[] times = {0, 100};  // before the start, then past the end of 50
    AtomicLong reads = new AtomicLong();
    Cutoff cutoff = new Cutoff(() -> times[(int) Math.min(reads.getAndIncrement(), 1)]);
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    AtomicBoolean returned = new AtomicBoolean();
    String r = cutoff.call("blocked", 50, () -> {
      try {
        never.await();
        returned.set(true);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return "done";
    });
    assertNull(r);
    assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the blocked check was interrupted");
    assertTrue(!returned.get());
    assertEquals("ran", cutoff.call("quick", Long.MAX_VALUE, () -> "ran"));
  }
}
