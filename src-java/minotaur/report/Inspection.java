package minotaur.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minotaur.history.History;
import minotaur.history.HistoryException;
import minotaur.history.HistoryReader;
import minotaur.history.Op;

/**
 * {@code minotaur inspect}: a summary of a history file, then a text timeline of the selected
 * events. Streams the file twice (once for the summary and to locate the {@code --around} op,
 * once for the timeline), keeping only per-process state and the events to print, so a
 * million-op file needs memory for neither its text nor its ops. Both passes validate the
 * pairing as {@link History} does.
 */
public final class Inspection {
  private final Path file;
  private final boolean lenient;

  /** Inspects {@code file}; {@code lenient} drops a killed run's truncated last line. */
  public Inspection(Path file, boolean lenient) {
    this.file = file;
    this.lenient = lenient;
  }

  /** Prints the summary and (unless {@code summaryOnly}) the timeline of the selection. */
  public void print(PrintWriter out, Selection selection, boolean summaryOnly) {
    Summary summary = new Summary(file.toString());
    long[] target = {-1, -1};  // positions of the --around op's invocation and completion
    List<String> warnings = stream((op, invocation, position, invocationPosition) -> {
      summary.add(op, invocation);
      if (selection.around() >= 0 && op.index() == selection.around()) {
        target[0] = invocation == null ? position : invocationPosition;
        target[1] = op.isInvoke() ? Long.MAX_VALUE : position;
      } else if (target[0] >= 0 && invocationPosition == target[0]) {
        target[1] = position;
      }
      return true;
    });
    if (selection.around() >= 0 && target[0] < 0) {
      throw new HistoryException(file.toString(), 0, "no op with :index " + selection.around() + " (--around)");
    }
    for (String w : warnings) out.println("warning: " + w);
    summary.print(out);
    if (summaryOnly) return;
    out.println();
    timeline(out, selection, summary.firstTime(), target[0], target[1]);
  }

  /** Prints this history's summary beside {@code other}'s (both streamed). */
  public void compare(PrintWriter out, Inspection other) {
    Summary a = summary(), b = other.summary();
    Summary.printComparison(out, a, b);
  }

  private Summary summary() {
    Summary s = new Summary(file.toString());
    stream((op, invocation, position, invocationPosition) -> {
      s.add(op, invocation);
      return true;
    });
    return s;
  }

  private void timeline(PrintWriter out, Selection selection, long zero, long targetInvoke, long targetComplete) {
    boolean around = targetInvoke >= 0;
    List<TextTimeline.Event> events = new ArrayList<>();
    List<Long> positions = new ArrayList<>();
    Set<Object> running = new HashSet<>();
    Map<Object, Op> open = new HashMap<>();           // invocations in progress, by process
    Map<Object, Long> openAt = new HashMap<>();
    boolean[] more = {false};
    int limit = selection.limit() <= 0 ? Integer.MAX_VALUE : selection.limit();
    stream((op, invocation, position, invocationPosition) -> {
      if (around) {
        if (op.isInvoke()) {
          open.put(op.process(), op);
          openAt.put(op.process(), position);
        } else if (invocation != null) {
          open.remove(op.process());
          openAt.remove(op.process());
          if (selection.matchesOp(invocation) && invocationPosition < targetComplete && position > targetInvoke) {
            boolean marked = invocationPosition == targetInvoke;
            add(events, positions, new TextTimeline.Event(invocation, null, marked), invocationPosition);
            add(events, positions, new TextTimeline.Event(op, invocation, marked), position);
          }
        }
        // Past the op's completion only ops invoked before it still matter.
        return position <= targetComplete || openAt.values().stream().anyMatch(p -> p < targetComplete);
      }
      if (events.isEmpty()) {
        running.clear();
        open.forEach((p, inv) -> {
          if (selection.matchesOp(inv)) running.add(p);
        });
      }
      if (op.isInvoke()) open.put(op.process(), op);
      else if (invocation != null) open.remove(op.process());
      long sinceStart = op.time() == Op.ABSENT || zero == Op.ABSENT ? Op.ABSENT : op.time() - zero;
      if (selection.matchesOp(op) && selection.inRange(op, sinceStart)) {
        if (events.size() == limit) {
          more[0] = true;
          return false;
        }
        events.add(new TextTimeline.Event(op, invocation, false));
      }
      return !(op.index() == position && selection.pastEnd(op));
    });
    if (around) {
      // Invocations before the op's completion that never completed overlap it too.
      openAt.forEach((p, at) -> {
        if (at < targetComplete && selection.matchesOp(open.get(p))) {
          add(events, positions, new TextTimeline.Event(open.get(p), null, at == targetInvoke), at);
        }
      });
      sortByPosition(events, positions);
      if (events.size() > limit) {
        events.subList(limit, events.size()).clear();
        more[0] = true;
      }
    }
    out.println(header(selection, events.size()));
    TextTimeline.print(out, events, running, zero);
    if (more[0]) out.println("... more events follow (--limit " + limit + "; --limit 0 prints all)");
  }

  private static void add(List<TextTimeline.Event> events, List<Long> positions, TextTimeline.Event e, long position) {
    events.add(e);
    positions.add(position);
  }

  private static void sortByPosition(List<TextTimeline.Event> events, List<Long> positions) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) order.add(i);
    order.sort(Comparator.comparing(positions::get));
    List<TextTimeline.Event> sorted = new ArrayList<>();
    for (int i : order) sorted.add(events.get(i));
    events.clear();
    events.addAll(sorted);
  }

  private static String header(Selection s, int shown) {
    List<String> parts = new ArrayList<>();
    if (s.around() >= 0) parts.add("ops concurrent with index " + s.around());
    if (s.processes() != null) parts.add("process " + String.join(",", s.processes().stream().map(TextTimeline::label).sorted().toList()));
    if (s.fs() != null) parts.add("f " + String.join(",", s.fs().stream().map(Object::toString).sorted().toList()));
    if (s.from() != null) parts.add("from " + s.from());
    if (s.to() != null) parts.add("to " + s.to());
    return "timeline: " + shown + " events" + (parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")");
  }

  /** Receives each event with the invocation it completes; returns false to stop reading. */
  private interface Visitor {
    boolean visit(Op op, Op invocation, long position, long invocationPosition);
  }

  /** Streams the file through a non-keeping {@link History.Builder}; returns the reader's warnings. */
  private List<String> stream(Visitor visitor) {
    try (HistoryReader r = HistoryReader.open(file)) {
      if (lenient) r.lenient();
      History.Builder b = new History.Builder(file.toString(), false);
      long position = 0;
      while (r.hasNext()) {
        Op op = b.add(r.next(), r.line());
        if (!visitor.visit(op, b.lastInvoke(), position, b.lastInvocation())) break;
        position++;
      }
      return r.warnings();
    }
  }
}
