package minotaur.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import minotaur.progress.Progress;
import minotaur.test.CheckListener;
import minotaur.test.Technique;

/**
 * The progress of {@code minotaur test} over all its variants as one {@link Progress}: a bar on a
 * terminal, a line every few seconds on standard error otherwise. The count is the seconds of the
 * whole budget (variants times the budget of one) used so far: a variant that ends early (a
 * finding) counts its whole budget, so the bar reaches the end when the last variant does. The
 * status says which variant and which check (technique, model, scenario or seed) runs now.
 *
 * <p>A ticker thread advances the count every {@value #TICK_MILLIS} ms, since one check can run for
 * a good share of the budget without telling anyone.
 */
final class TestProgress implements CheckListener, AutoCloseable {
  private static final long TICK_MILLIS = 250;

  private final Progress progress;
  private final long budget;
  private final long total;
  private final ScheduledExecutorService ticker;
  private final LongSupplier clock;
  private volatile long base;
  private volatile long variantStart;
  private volatile String variant = "";

  TestProgress(int variants, Duration budget) {
    this(variants, budget, Progress.Display.stderr(), System::nanoTime);
  }

  /** Progress on {@code display}, timed by {@code clock} (nanoseconds; both for tests). */
  TestProgress(int variants, Duration budget, Progress.Display display, LongSupplier clock) {
    this.budget = budget.toNanos();
    this.total = this.budget * variants;
    this.clock = clock;
    this.variantStart = clock.getAsLong();
    this.progress = Progress.open(true, "test", "s", Math.max(1, seconds(total)), display);
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "minotaur test progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** The {@code index}-th variant (from 0) starts: {@code family variant}. */
  void variant(int index, String name) {
    base = budget * index;
    variantStart = clock.getAsLong();
    variant = name;
    progress.status(name);
  }

  @Override
  public void checking(Technique technique, String model, String target) {
    progress.status(variant + ": " + technique.word() + " " + model + " " + target);
  }

  private void tick() {
    long used = base + Math.min(budget, clock.getAsLong() - variantStart);
    progress.stepTo(seconds(Math.min(total, used)));
  }

  private static long seconds(long nanos) {
    return nanos / 1_000_000_000L;
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    progress.stepTo(seconds(total));
    progress.close();
  }
}
