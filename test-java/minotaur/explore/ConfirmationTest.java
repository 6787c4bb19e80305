package minotaur.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import minotaur.cli.Scenarios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfirmationTest {
  static final int ATTEMPTS = Integer.getInteger("minotaur.confirm.attempts", 5);

  @TempDir Path out;

  @ParameterizedTest
  @ValueSource(strings = {
      "exclusive/no-exclusive-idle/two-exclusive", "exclusive/start-skips-idle/exec-vs-exclusive",
      "exclusive/end-no-signal/exec-vs-exclusive", "exclusive/no-has-waiter/exec-vs-exclusive",
      "aio/notify-unconditional-skip/promela-notify", "aio/clear-before-poll/promela-notify",
      "aio/sleep-despite-pending/promela-notify", "aio/notified-before-set/promela-notify",
      "xen/no-kick/handover", "xen/no-recheck/handover", "xen/clear-after-check/handover",
      "xen/xchg-as-store/handover", "xen/nesting/nested",
      "qemu-event/reset-store/promela", "qemu-event/no-busy/promela", "qemu-event/reset-store/reset-race",
      "qemu-event/no-busy/reset-race", "qemu-event/reset-event-late/promela",
      "rcu/sync-no-wait/reader-vs-synchronize", "rcu/reader-no-snapshot/reader-vs-synchronize",
      "rcu/unlock-no-publish/reader-vs-synchronize",
      "timer-list/seed/reader-vs-free", "timer-list/seed/expired-vs-run"})
  void measure(String name) {
    Scenario s = Scenarios.named(name);
    ExploreResult r = Explorer.explore(s, ExploreOptions.defaults().withTimeLimit(java.time.Duration.ofSeconds(20)));
    if (r.failure() == null) {
      System.out.println("RATE " + name + ": explorer " + r.summary());
      return;
    }
    long t0 = System.nanoTime();
    Confirmation.Result c = Confirmation.confirm(s, r, ATTEMPTS, out);
    System.out.printf("RATE %s: %d/%d in %.1fs (%d visits): %s%n", name, c.confirmed(), c.attempts(),
        (System.nanoTime() - t0) / 1e9, r.failure().visits().size(), c.line());
  }
}
