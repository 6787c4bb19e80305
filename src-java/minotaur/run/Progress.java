package minotaur.run;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar of completed client ops (with elapsed time), shown only on a terminal. */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar for {@code expected} ops (0: unknown), or a silent one when off or not on a terminal. */
  static Progress open(boolean wanted, String task, long expected) {
    if (!wanted || System.console() == null) return new Progress(null);
    return new Progress(new ProgressBarBuilder().setTaskName(task)
        .setInitialMax(expected > 0 ? expected : -1).setUpdateIntervalMillis(200).build());
  }

  void step() {
    if (bar != null) bar.step();
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
  }
}
