package minotaur.explore;

import minotaur.explore.strategy.Choices;
import minotaur.history.BadInput;

/**
 * A schedule as a string: {@code <scenario>:<model>[+spurious]:<choices>}, e.g.
 * {@code litmus/sb:tso:0*2.1*2.f0.f1}. Choices are thread numbers ({@code 1}: let thread 1 take
 * a step) and flushes ({@code f0}: flush the oldest store of thread 0's buffer), separated by
 * dots, with {@code *n} for n repetitions.
 *
 * <p>An execution graph is {@code <scenario>:<model>[+spurious]:g.<events>} ({@link #graph} the
 * text after {@code g.}): each event in order of addition, as its thread and its choice:
 * {@code 0} (no choice), {@code 0ri} (thread 0 reads the initial write), {@code 0r1-3} (reads
 * thread 1's event 3), {@code 0w2} (a write placed at index 2 of mo among the writes before it).
 */
public record ReplayToken(String scenario, MemoryModel model, boolean spuriousWakeups, int[] choices, String graph) {
  public ReplayToken(String scenario, MemoryModel model, boolean spuriousWakeups, int[] choices) {
    this(scenario, model, spuriousWakeups, choices, null);
  }

  /** A graph token. */
  static ReplayToken ofGraph(String scenario, MemoryModel model, boolean spuriousWakeups, String graph) {
    return new ReplayToken(scenario, model, spuriousWakeups, new int[0], graph);
  }

  /** More choices than any run can take (runs stop at their step bound long before). */
  static final int MAX_CHOICES = 1 << 20;

  /** Parses a token; {@link BadInput} with the reason, on one line, if it is malformed. */
  public static ReplayToken parse(String text) {
    String[] parts = text.trim().split(":", -1);
    if (parts.length != 3 || parts[0].isEmpty()) {
      throw new BadInput("bad replay token " + shown(text) + ": expected scenario:model:choices");
    }
    String modelText = parts[1];
    boolean spurious = modelText.endsWith("+spurious");
    if (spurious) modelText = modelText.substring(0, modelText.length() - "+spurious".length());
    MemoryModel model;
    try {
      model = MemoryModel.parse(modelText);
    } catch (IllegalArgumentException e) {
      throw new BadInput("bad replay token " + shown(text) + ": unknown memory model " + shown(modelText));
    }
    if (parts[2].equals("g") || parts[2].startsWith("g.")) {
      return ofGraph(parts[0], model, spurious, parts[2].length() > 2 ? parts[2].substring(2) : "");
    }
    if (model.graphOnly()) {
      throw new BadInput("bad replay token " + shown(text) + ": " + model.cliName()
          + " tokens name an execution graph (g.<events>)");
    }
    IntList choices = new IntList();
    if (!parts[2].isEmpty()) {
      for (String item : parts[2].split("\\.")) parseItem(text, item, choices);
    }
    return new ReplayToken(parts[0], model, spurious, choices.toArray());
  }

  private static void parseItem(String text, String item, IntList into) {
    try {
      int star = item.indexOf('*');
      String what = star < 0 ? item : item.substring(0, star);
      int times = star < 0 ? 1 : Integer.parseInt(item.substring(star + 1));
      boolean flush = what.startsWith("f");
      int thread = Integer.parseInt(flush ? what.substring(1) : what);
      if (thread < 0 || thread >= Choices.MAX_THREADS || times < 1) throw new NumberFormatException();
      if (times > MAX_CHOICES - into.size()) {
        throw new BadInput("bad replay token " + shown(text) + ": more than " + MAX_CHOICES + " choices");
      }
      int c = flush ? Choices.flush(thread) : Choices.step(thread);
      for (int i = 0; i < times; i++) into.add(c);
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      throw new BadInput("bad replay token " + shown(text) + ": bad choice " + shown(item));
    }
  }

  /** Text quoted on one line, cut to 100 chars, for a message. */
  private static String shown(String text) {
    String one = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    return "'" + (one.length() > 100 ? one.substring(0, 97) + "..." : one) + "'";
  }

  @Override public String toString() {
    StringBuilder sb = new StringBuilder(scenario).append(':').append(model.cliName());
    if (spuriousWakeups) sb.append("+spurious");
    sb.append(':');
    if (graph != null) return sb.append("g").append(graph.isEmpty() ? "" : "." + graph).toString();
    for (int i = 0; i < choices.length; ) {
      int j = i;
      while (j < choices.length && choices[j] == choices[i]) j++;
      if (i > 0) sb.append('.');
      sb.append(Choices.name(choices[i]));
      if (j - i > 1) sb.append('*').append(j - i);
      i = j;
    }
    return sb.toString();
  }
}
