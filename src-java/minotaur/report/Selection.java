package minotaur.report;

import clojure.lang.Keyword;
import java.util.Set;
import minotaur.history.BadInput;
import minotaur.history.Op;

/**
 * Which events of a history a timeline shows: by process, by {@code :f}, between two bounds
 * (each an {@code :index} or a time since the first event), or the ops concurrent with one op.
 * Null fields select everything.
 *
 * @param processes processes to show, or null
 * @param fs functions to show (keywords), or null
 * @param from first index or time to show, or null
 * @param to last index or time to show, or null
 * @param around the {@code :index} of an op whose concurrent ops to show, or -1
 * @param limit the most events to print, 0 for all
 */
public record Selection(Set<Object> processes, Set<Keyword> fs, Bound from, Bound to, long around, int limit) {
  /** Everything, up to {@code limit} events. */
  public static Selection all(int limit) {
    return new Selection(null, null, null, null, -1, limit);
  }

  /**
   * A bound of a range: an {@code :index}, or a time in nanoseconds since the first event.
   *
   * @param value the index or the nanoseconds
   * @param isTime true for a time
   */
  public record Bound(long value, boolean isTime) {
    /**
     * Parses "120" (an index) or "250ms", "1.5s", "30us", "900ns" (a time).
     *
     * @throws BadInput for anything else
     */
    public static Bound parse(String text) {
      long nanos = Durations.parse(text);
      if (nanos >= 0) return new Bound(nanos, true);
      try {
        long index = Long.parseLong(text.strip());
        if (index >= 0) return new Bound(index, false);
      } catch (NumberFormatException e) {
        // Reported below with the accepted forms.
      }
      throw new BadInput("bad bound '" + text + "' (expected an index like 120 or a time like 250ms)");
    }

    @Override
    public String toString() {
      return isTime ? Durations.format(value) : "index " + value;
    }
  }

  /** True if the op's process and :f are selected (bounds and --around aside). */
  boolean matchesOp(Op op) {
    return (processes == null || processes.contains(op.process())) && (fs == null || fs.contains(op.f()));
  }

  /** True if the event is inside the bounds; {@code sinceStart} is its time since the first event. */
  boolean inRange(Op op, long sinceStart) {
    return (from == null || !before(op, sinceStart, from)) && (to == null || !after(op, sinceStart, to));
  }

  /** True once no later event (in file order) can be inside the bounds. */
  boolean pastEnd(Op op) {
    return to != null && !to.isTime() && op.index() > to.value();
  }

  private static boolean before(Op op, long sinceStart, Bound b) {
    if (!b.isTime()) return op.index() < b.value();
    return sinceStart == Op.ABSENT || sinceStart < b.value();
  }

  private static boolean after(Op op, long sinceStart, Bound b) {
    if (!b.isTime()) return op.index() > b.value();
    return sinceStart == Op.ABSENT || sinceStart > b.value();
  }
}
