package minotaur.fuzz;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import minotaur.history.BadInput;

/**
 * What a reader may do with any input: return a value, or throw a {@link BadInput} whose message
 * is one line of the expected shape (naming the file and line). Anything else fails the case:
 * any other exception or error, a stack overflow or running out of memory included, and
 * allocating more than {@link #MAX_ALLOCATED_BYTES}: what would exhaust a 256 MB heap long before
 * it (inputs are at most a few hundred kilobytes, so a reader within this bound cannot be the one
 * that runs {@code -Xmx256m} out of memory). Allocation is the case thread's own, counted by the
 * JVM ({@code ThreadMXBean.getCurrentThreadAllocatedBytes}), so the bound holds whatever heap the
 * suite runs with. (The case's time is bounded by {@link Campaign}, which runs it.)
 */
final class Outcome {
  static final long MAX_ALLOCATED_BYTES = 64L << 20;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Outcome() {}

  /** What the case thread runs now, with its input: for the message of a case that hangs. */
  static volatile String running;

  /** The result of a reader: its value (null for a BadInput) and the BadInput's message. */
  record Result(Object value, String badInput) {}

  /**
   * Runs {@code action} on {@code input}; fails unless it returns or throws a BadInput whose
   * message is one line matching {@code message}.
   */
  static Result of(String what, Object input, Callable<?> action, Pattern message) {
    running = what + " on " + show(input);
    long before = THREADS.getCurrentThreadAllocatedBytes();
    Result r = judged(what, input, action, message);
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
    if (allocated > MAX_ALLOCATED_BYTES) {
      throw new AssertionError(what + " allocated " + (allocated >> 20) + " MB on " + show(input));
    }
    return r;
  }

  private static Result judged(String what, Object input, Callable<?> action, Pattern message) {
    try {
      return new Result(action.call(), null);
    } catch (BadInput e) {
      String m = e.getMessage();
      if (m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0 || !message.matcher(m).lookingAt()) {
        throw new AssertionError(what + ": bad message '" + m + "' (expected one line matching " + message
            + ") on " + show(input));
      }
      return new Result(null, m);
    } catch (Throwable t) {
      throw new AssertionError(what + " threw " + t + " instead of a BadInput on " + show(input), t);
    }
  }

  /** The input on one line, escaped and cut to 2,000 chars, for a failure message. */
  static String show(Object input) {
    String s = String.valueOf(input);
    String escaped = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\0", "\\0");
    return "'" + (escaped.length() > 2000 ? escaped.substring(0, 2000) + "...(" + s.length() + " chars)" : escaped) + "'";
  }
}
