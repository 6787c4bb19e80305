package minotaur.explore.litmus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minotaur.explore.scenario.Scenario;
import minotaur.mem.IntCell;

/**
 * A herd7 C litmus test as read by {@link LitmusParser}: the shared locations with their initial
 * values, the threads' code, the final condition and the final-state items it observes. As a
 * {@link Scenario} ({@link #scenario}) each run creates the locations as cells of the run's
 * memory, runs every thread's code on them, and reports as its outcome the observed items, e.g.
 * {@code 0:r0=1; 1:r0=0; x=2}: registers by thread then name, then locations by name, the same
 * items herd7 prints for the test, so the explorer's outcome sets compare with herd7's states.
 */
public record LitmusTest(String name, String file, List<Location> locations, List<Thread> threads,
    Condition condition, List<Observed> observed) {

  /** A shared location and its initial value. */
  record Location(String name, int initial) {}

  /** Thread {@code P<n>}: its code and its registers (names, by index, with initial values). */
  record Thread(String name, Code.Stmt body, List<String> registers, int[] initial) {}

  /** An item of the outcome: register {@code index} of thread {@code thread}, or location {@code index} (thread -1). */
  record Observed(int thread, String name, int index) {
    String key() {
      return thread < 0 ? name : thread + ":" + name;
    }
  }

  /** Separates the final state from the execution graph in an outcome of {@link #scenario(boolean) scenario(true)}. */
  static final String GRAPH_SEPARATOR = " # ";

  /** The explorer scenario {@code litmus-file/<name>}; every run passes and reports its outcome. */
  public Scenario scenario() {
    return scenario(false);
  }

  /**
   * The scenario; with {@code recordGraphs} each outcome also carries the run's execution graph
   * after {@link #GRAPH_SEPARATOR} (a {@link GraphLog}, exact under SC only).
   */
  Scenario scenario(boolean recordGraphs) {
    return new Scenario("litmus-file/" + name.replaceAll("[\\s:]", "_"), name + " (" + file + "): " + condition,
        world -> {
          GraphLog graph = recordGraphs ? new GraphLog(threads.size(), locations.size()) : null;
          IntCell[] cells = new IntCell[locations.size()];
          for (int i = 0; i < cells.length; i++) {
            cells[i] = world.memory().intCell(locations.get(i).name(), locations.get(i).initial());
          }
          Code.Frame[] frames = new Code.Frame[threads.size()];
          for (int t = 0; t < frames.length; t++) {
            Thread thread = threads.get(t);
            Code.Frame frame = new Code.Frame(world.memory(), cells, thread.registers().size(), t, graph);
            System.arraycopy(thread.initial(), 0, frame.registers, 0, thread.initial().length);
            frames[t] = frame;
            world.thread(thread.name(), self -> thread.body().run(frame));
          }
          world.outcome(() -> graph == null ? outcome(frames, cells)
              : outcome(frames, cells) + GRAPH_SEPARATOR + graph.key());
        });
  }

  private String outcome(Code.Frame[] frames, IntCell[] cells) {
    StringBuilder sb = new StringBuilder();
    for (Observed o : observed) {
      if (sb.length() > 0) sb.append("; ");
      int v = o.thread() < 0 ? cells[o.index()].getPlain() : frames[o.thread()].registers[o.index()];
      sb.append(o.key()).append('=').append(v);
    }
    return sb.toString();
  }

  /** The state an outcome string of this test stands for, keyed as the condition's items are. */
  static Map<String, Integer> state(String outcome) {
    Map<String, Integer> state = new LinkedHashMap<>();
    if (outcome.isEmpty()) return state;
    for (String item : outcome.split("; ")) {
      int eq = item.lastIndexOf('=');
      state.put(item.substring(0, eq), Integer.parseInt(item.substring(eq + 1)));
    }
    return state;
  }

  /** Whether the final state {@code outcome} satisfies the condition's proposition. */
  public boolean satisfies(String outcome) {
    return condition.prop().holds(state(outcome));
  }

  /** herd7's kind of the test: Allowed ({@code exists}), Forbidden ({@code ~exists}), Required ({@code forall}). */
  public String kind() {
    return condition.quantifier().kind;
  }
}
