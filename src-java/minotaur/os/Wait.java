package minotaur.os;

import java.util.function.BooleanSupplier;

/**
 * One call of a blocking OS service, from entry to return: blocks on a primitive's monitor with
 * the bookkeeping {@link OsMonitor} reports, and records how the call ended.
 *
 * <p>Blocking is {@code Object.wait} in a loop on the primitive's own monitor: Java's own spurious
 * returns from {@code wait} are absorbed by the loop, so the only spurious wakeups a port sees are
 * the injected ones. An interrupt (the runner abandoning the thread) ends the wait as
 * {@link WaitOutcome#ABANDONED}; {@code wait} has cleared the interrupt status, and the caller
 * throws {@link Abandoned}.
 */
final class Wait {
  private final String kind;
  private final String name;
  private final String detail;
  private final long startNanos = System.nanoTime();
  private long releasedNanos = -1;

  Wait(String kind, String name, String detail) {
    this.kind = kind;
    this.name = name;
    this.detail = detail;
  }

  /**
   * Blocks until {@code ready} holds (if given) or {@code waiter} is marked woken or spurious. The
   * caller holds {@code monitor} and has queued {@code waiter} where wakers find it.
   */
  WaitOutcome block(Object monitor, Waiter waiter, BooleanSupplier ready, boolean spuriousAllowed) {
    BlockedWait b =
        new BlockedWait(monitor, waiter, ready, kind, name, detail, System.nanoTime(), spuriousAllowed);
    OsMonitor.enter(b);
    try {
      while (waiter.state == Waiter.WAITING && (ready == null || !ready.getAsBoolean())) {
        b.blockedAgain();
        monitor.wait();
      }
      return waiter.state == Waiter.SPURIOUS ? WaitOutcome.SPURIOUS : WaitOutcome.WOKEN;
    } catch (InterruptedException e) {
      return WaitOutcome.ABANDONED;
    } finally {
      releasedNanos = b.releasedNanos();
      OsMonitor.leave(b);
    }
  }

  /** Records the outcome; throws {@link Abandoned} if that is how the call ended. */
  void end(WaitOutcome outcome) {
    OsMonitor.finished(new WaitRecord(kind, name, detail, Thread.currentThread().getName(),
        outcome, startNanos, releasedNanos, System.nanoTime()));
    if (outcome == WaitOutcome.ABANDONED) {
      throw new Abandoned(kind + " " + name + (detail.isEmpty() ? "" : " (" + detail + ")"));
    }
  }
}
