package minotaur.fuzz;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import minotaur.history.BadInput;

/**
 * What a reader may do with any input: return a value, or throw a {@link BadInput} whose message
 * is one line of the expected shape (naming the file and line). Anything else fails the case: any
 * other exception or error (a stack overflow included), taking longer than {@link #TIME_LIMIT_MS}
 * (a hang), or allocating more than {@link #MAX_ALLOCATED_BYTES} (what would exhaust a 256 MB heap
 * long before it: the cases are at most tens of kilobytes, so a reader within this bound cannot be
 * the one that runs {@code -Xmx256m} out of memory). Allocation is the thread's own, counted by
 * the JVM ({@code ThreadMXBean.getCurrentThreadAllocatedBytes}), so the bound holds whatever heap
 * the suite runs with.
 *
 * <p>Each case runs on one worker thread with a 4 MB stack, the stack {@code ./minotaur} gives
 * the CLI ({@code -Xss4m}).
 */
final class Outcome {
  static final long MAX_ALLOCATED_BYTES = 64L << 20;
  static final long TIME_LIMIT_MS = 10_000;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(null, r, "fuzz-case", 4L << 20);
    t.setDaemon(true);
    return t;
  });

  private Outcome() {}

  /** The result of a case: its value (null for a BadInput) and the BadInput's message. */
  record Result(Object value, String badInput) {}

  /**
   * Runs {@code action} on {@code input}; fails unless it returns or throws a BadInput whose
   * message matches {@code message}.
   */
  static Result of(String what, Object input, Callable<?> action, Pattern message) {
    Future<Object[]> f = WORKER.submit(() -> {
      long before = THREADS.getCurrentThreadAllocatedBytes();
      Object[] r = new Object[3];
      try {
        r[0] = action.call();
      } catch (BadInput e) {
        r[1] = e.getMessage();
      } catch (Throwable t) {
        r[2] = t;
      }
      long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
      if (allocated > MAX_ALLOCATED_BYTES) r[2] = new AssertionError("allocated " + (allocated >> 20) + " MB");
      return r;
    });
    Object[] r;
    try {
      r = f.get(TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new AssertionError(what + " hung (over " + TIME_LIMIT_MS + " ms) on " + show(input));
    } catch (Exception e) {
      throw new AssertionError(what + ": " + e, e);
    }
    if (r[2] != null) {
      Throwable t = (Throwable) r[2];
      throw new AssertionError(what + " threw " + t + " instead of a BadInput on " + show(input), t);
    }
    if (r[1] != null) {
      String m = (String) r[1];
      if (m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0 || !message.matcher(m).lookingAt()) {
        throw new AssertionError(what + ": bad message '" + m + "' (expected one line matching " + message
            + ") on " + show(input));
      }
      return new Result(null, m);
    }
    return new Result(r[0], null);
  }

  static String show(Object input) {
    String s = input instanceof String[] a ? String.join(" ", a) : String.valueOf(input);
    String escaped = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    return "'" + (escaped.length() > 2000 ? escaped.substring(0, 2000) + "...(" + s.length() + " chars)" : escaped) + "'";
  }
}
