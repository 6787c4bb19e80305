package minotaur.progress;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress of a long task on standard error (or another {@link Display}): one progress bar,
 * refreshed in place, when the process has a terminal ({@code System.console() != null});
 * otherwise one line every
 * {@value #LINE_SECONDS} s, and none at all for a task that ends sooner, so logs stay small.
 *
 * <p>The count ({@link #step}) and the status text ({@link #status}, e.g. the phase and the
 * timeouts so far) are set by the task's thread; the bar's own thread, or the line printer's,
 * reads them. Both are atomics, so a reader sees some recent value, which is all a progress
 * display needs.
 */
public final class Progress implements AutoCloseable {
  static final int LINE_SECONDS = 5;

  private final String task;
  private final String unit;
  private final AtomicLong count = new AtomicLong();
  private final AtomicLong max = new AtomicLong();
  private volatile String status = "";
  private final long start = System.nanoTime();
  private final ProgressBar bar;
  private final ScheduledExecutorService lines;
  private final PrintStream out;
  private final AtomicBoolean printed = new AtomicBoolean();

  /**
   * Where a progress display goes: a stream, whether it is a terminal (then a bar is drawn on it,
   * else lines are printed), and the bar's width in characters (0: the terminal's, on standard error).
   */
  public record Display(PrintStream out, boolean terminal, int width) {
    /** Standard error, a terminal when the process has a console. */
    public static Display stderr() {
      return new Display(System.err, System.console() != null, 0);
    }
  }

  private Progress(String task, String unit, long expected, Mode mode, Display display) {
    this.task = task;
    this.unit = unit;
    this.out = display == null ? null : display.out();
    max.set(expected);
    this.bar = mode == Mode.BAR ? bar(task, unit, expected, display) : null;
    if (mode == Mode.LINES) {
      lines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "minotaur progress " + task);
        t.setDaemon(true);
        return t;
      });
      lines.scheduleAtFixedRate(this::printLine, LINE_SECONDS, LINE_SECONDS, TimeUnit.SECONDS);
    } else {
      lines = null;
    }
  }

  private enum Mode { NONE, BAR, LINES }

  private static ProgressBar bar(String task, String unit, long expected, Display display) {
    ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task)
        .setInitialMax(expected > 0 ? expected : -1).setUnit(" " + unit, 1).setUpdateIntervalMillis(200);
    if (display.width() > 0) b.setConsumer(new ConsoleProgressBarConsumer(display.out(), display.width()));
    return b.build();
  }

  /**
   * Progress of {@code task} counting {@code unit}s ({@code ops}, {@code schedules}), of which
   * {@code expected} are expected (0: unknown): a bar on a terminal, lines otherwise, nothing if
   * not {@code wanted}.
   */
  public static Progress open(boolean wanted, String task, String unit, long expected) {
    return open(wanted, task, unit, expected, Display.stderr());
  }

  /** As {@link #open(boolean, String, String, long)}, on {@code display}: a bar if it is a terminal, else lines. */
  public static Progress open(boolean wanted, String task, String unit, long expected, Display display) {
    Mode mode = !wanted ? Mode.NONE : display.terminal() ? Mode.BAR : Mode.LINES;
    return new Progress(task, unit, expected, mode, display);
  }

  /** Lines on {@code out} every {@value #LINE_SECONDS} s, whatever the terminal (for tests). */
  static Progress lines(String task, String unit, long expected, PrintStream out) {
    return new Progress(task, unit, expected, Mode.LINES, new Display(out, false, 0));
  }

  /** A progress that shows nothing. */
  public static Progress none() {
    return new Progress("", "", 0, Mode.NONE, null);
  }

  public void step() {
    count.incrementAndGet();
    if (bar != null) bar.step();
  }

  /** Sets the count to {@code n}. */
  public void stepTo(long n) {
    count.set(n);
    if (bar != null) bar.stepTo(n);
  }

  /** What is happening now, shown after the count: the phase, timeouts, an estimate. */
  public void status(String text) {
    status = text;
    if (bar != null) bar.setExtraMessage(text);
  }

  /** The line printed when not on a terminal: task, count, status, elapsed time. */
  String line() {
    long m = max.get();
    String s = status;
    return "minotaur: " + task + ": " + count.get() + (m > 0 ? "/" + m : "") + " " + unit
        + (s.isEmpty() ? "" : ", " + s) + ", " + (System.nanoTime() - start) / 1_000_000_000L + "s";
  }

  private void printLine() {
    printed.set(true);
    out.println(line());
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
    if (lines != null) {
      lines.shutdownNow();
      if (printed.get()) out.println(line() + " (done)");
    }
  }
}
