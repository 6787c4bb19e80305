package minotaur.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import minotaur.history.Edn;
import minotaur.history.Op;

/**
 * Prints events as a text timeline: one row per event with its index, time since the first
 * event, a lane per process showing which ops are in progress, and the event itself.
 *
 * <pre>
 *  index   time ms  0 1 2  event
 *      0     0.000  ┌      0 invoke :write 1
 *      1     0.120  │ ┌    1 invoke :read nil
 *      2     0.150  └ │    0 ok     :write 1          (invoked at 0, 0.150 ms)
 * </pre>
 *
 * Lane glyphs: {@code ┌} invoke, {@code │} in progress, {@code └} ok, {@code ×} fail,
 * {@code ?} info, {@code *} an event that completes nothing (e.g. nemesis). With more than
 * {@value #MAX_LANES} processes in view the lanes are left out.
 */
final class TextTimeline {
  static final int MAX_LANES = 24;
  private static final int VALUE_WIDTH = 60;

  /**
   * One event to print.
   *
   * @param op the event
   * @param invocation the invocation it completes, or null
   * @param marked true for the op {@code --around} is about
   */
  record Event(Op op, Op invocation, boolean marked) {}

  private TextTimeline() {}

  /**
   * Prints the events; {@code running} are the processes with an op in progress (and in view)
   * before the first event, {@code zero} the :time that is time 0 ({@link Op#ABSENT} if none).
   */
  static void print(PrintWriter out, List<Event> events, Set<Object> running, long zero) {
    Set<Object> processes = new TreeSet<>(Summary.PROCESS_ORDER);
    for (Event e : events) processes.add(e.op().process());
    processes.addAll(running);
    List<Object> lanes = processes.size() <= MAX_LANES ? new ArrayList<>(processes) : List.of();
    Map<Object, Integer> laneOf = new HashMap<>();
    List<String> labels = new ArrayList<>();
    int labelWidth = 1;
    for (Object p : processes) labelWidth = Math.max(labelWidth, label(p).length());
    for (int i = 0; i < lanes.size(); i++) {
      laneOf.put(lanes.get(i), i);
      labels.add(label(lanes.get(i)));
    }
    boolean[] busy = new boolean[lanes.size()];
    for (Object p : running) if (laneOf.containsKey(p)) busy[laneOf.get(p)] = true;

    StringBuilder head = new StringBuilder("   index    time ms  ");
    for (String l : labels) head.append(l).append(' ');
    head.append(lanes.isEmpty() ? "" : " ").append("event");
    out.println(head.toString().stripTrailing());
    for (Event e : events) {
      Op op = e.op();
      StringBuilder row = new StringBuilder();
      row.append(e.marked() ? '>' : ' ');
      row.append(String.format("%7d", op.index()));
      row.append(op.time() == Op.ABSENT || zero == Op.ABSENT ? String.format("%11s", "-")
          : String.format("%11s", Durations.millis(op.time() - zero)));
      row.append("  ");
      Integer lane = laneOf.get(op.process());
      for (int i = 0; i < lanes.size(); i++) {
        char c = busy[i] ? '│' : ' ';
        if (lane != null && lane == i) c = glyph(e);
        row.append(pad(String.valueOf(c), labels.get(i).length())).append(' ');
      }
      if (lane != null) busy[lane] = op.isInvoke();
      if (!lanes.isEmpty()) row.append(' ');
      row.append(describe(e, labelWidth));
      out.println(row.toString().stripTrailing());
    }
  }

  private static char glyph(Event e) {
    Op op = e.op();
    if (op.isInvoke()) return '┌';
    if (e.invocation() == null) return '*';
    if (op.isOk()) return '└';
    return op.isFail() ? '×' : '?';
  }

  private static String describe(Event e, int labelWidth) {
    Op op = e.op();
    StringBuilder s = new StringBuilder();
    s.append(pad(label(op.process()), labelWidth)).append(' ');
    s.append(String.format("%-7s", op.type().name().toLowerCase()));
    s.append(op.f() == null ? "nil" : op.f().toString());
    s.append(' ').append(abbreviate(Edn.print(op.value())));
    if (op.extra().count() > 0) {
      String extra = Edn.print(op.extra());
      s.append(' ').append(abbreviate(extra.substring(1, extra.length() - 1)));
    }
    Op inv = e.invocation();
    if (inv != null) {
      s.append("   (invoked at ").append(inv.index());
      if (inv.time() != Op.ABSENT && op.time() != Op.ABSENT) s.append(", ").append(Durations.format(op.time() - inv.time()));
      s.append(')');
    }
    return s.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= VALUE_WIDTH ? s : s.substring(0, VALUE_WIDTH - 3) + "...";
  }

  static String label(Object process) {
    return process instanceof Integer ? process.toString() : Edn.print(process);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
