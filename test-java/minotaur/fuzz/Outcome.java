package minotaur.fuzz;

import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import minotaur.history.BadInput;

/**
 * What a reader may do with any input: return a value, or throw a {@link BadInput} whose message
 * is one line of the expected shape (naming the file and line). Anything else fails the case:
 * any other exception or error, a stack overflow or running out of memory included. (The case's
 * time and allocation are bounded by {@link Campaign}, which runs it.)
 */
final class Outcome {
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
