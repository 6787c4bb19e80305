package minotaur.test;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The hard end of {@code minotaur test}'s checks: each runs on a daemon thread of its own while the
 * tester waits for it until an end on the tester's clock; one that has not returned by then is cut
 * short: its thread is interrupted (a stress run and a confirmation stop at that; an exploration
 * stops at its own time limit, after the run it is in) and left to end alone, and the tester goes
 * on without its result. The engines stop at their time limits only between units of work (an
 * exploration's run, a stress run's quiescence and checkers, a confirmation's attempt), and on a
 * loaded machine one unit can outlast what is left of the budget several times over; this bounds
 * the verdict's time whatever a unit takes.
 */
final class Cutoff {
  private final LongSupplier clock;

  /** Cuts on {@code clock}'s time ({@link System#nanoTime()} but in tests). */
  Cutoff(LongSupplier clock) {
    this.clock = clock;
  }

  /**
   * What {@code check} returns, or null if it has not returned by {@code end} on the clock (then
   * it has been interrupted) or {@code end} has passed before it starts (then it never runs). Its
   * exceptions are rethrown.
   */
  <T> T call(String name, long end, Supplier<T> check) {
    if (end - clock.getAsLong() <= 0) return null;
    FutureTask<T> task = new FutureTask<>(check::get);
    Thread t = new Thread(task, "minotaur test: " + name);
    t.setDaemon(true);
    t.start();
    try {
      return task.get(Math.max(0, end - clock.getAsLong()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      t.interrupt();
      return null;
    } catch (InterruptedException e) {
      t.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(name + " failed", e.getCause());
    }
  }
}
