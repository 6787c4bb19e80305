package minotaur.report;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.TaggedLiteral;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import minotaur.history.Edn;
import minotaur.history.History;

/**
 * What a Knossos-shaped checker result says about a history, located in it: the verdict, the op
 * that could not be linearized, the last op that could ({@code :previous-ok}), and the final
 * paths (model state, then each op applied, ending in the inconsistency). Reads plain Clojure
 * data as {@code minotaur.check} or Knossos produce it, or a runner's result holding one per
 * checker under {@code :results}; keys it does not know are kept for display, so a richer result
 * loses nothing.
 */
public final class Explanation {
  static final Keyword VALID = Keyword.intern("valid?");
  static final Keyword OP = Keyword.intern("op");
  static final Keyword PREVIOUS_OK = Keyword.intern("previous-ok");
  static final Keyword FINAL_PATHS = Keyword.intern("final-paths");
  static final Keyword MODEL = Keyword.intern("model");
  static final Keyword INDEX = Keyword.intern("index");
  static final Keyword MSG = Keyword.intern("msg");
  static final Keyword RESULTS = Keyword.intern("results");

  /**
   * One step of a final path.
   *
   * @param position the op's position in the history, or -1 if it is not found
   * @param op the op as EDN
   * @param model the model state after it as EDN
   * @param inconsistent true if the model is the inconsistency that ends the path
   */
  public record Step(int position, String op, String model, boolean inconsistent) {}

  private final Object valid;
  private final int failing;
  private final int previousOk;
  private final List<List<Step>> paths;
  private final List<String[]> other;

  private Explanation(Object valid, int failing, int previousOk, List<List<Step>> paths, List<String[]> other) {
    this.valid = valid;
    this.failing = failing;
    this.previousOk = previousOk;
    this.paths = paths;
    this.other = other;
  }

  /** The explanation of {@code result} (a map, or null for none) for {@code history}. */
  public static Explanation of(Object result, History history) {
    if (!(result instanceof Map<?, ?> top)) return new Explanation(null, -1, -1, List.of(), List.of());
    Map<?, ?> m = linearizability(top);
    List<List<Step>> paths = new ArrayList<>();
    if (m.get(FINAL_PATHS) instanceof Collection<?> ps) {
      for (Object p : ps) {
        List<Step> steps = new ArrayList<>();
        if (p instanceof Collection<?> c) {
          for (Object s : c) steps.add(step(s, history));
        }
        paths.add(steps);
      }
    }
    List<String[]> other = new ArrayList<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      Object k = e.getKey();
      if (k.equals(VALID) || k.equals(OP) || k.equals(PREVIOUS_OK) || k.equals(FINAL_PATHS)) continue;
      other.add(new String[] {Edn.print(k), Edn.print(e.getValue())});
    }
    if (m != top) {
      for (Map.Entry<?, ?> e : top.entrySet()) {
        if (!e.getKey().equals(RESULTS)) other.add(new String[] {Edn.print(e.getKey()), Edn.print(e.getValue())});
      }
    }
    Object valid = top.containsKey(VALID) ? top.get(VALID) : m.get(VALID);
    return new Explanation(valid, locate(m.get(OP), history), locate(m.get(PREVIOUS_OK), history), paths, other);
  }

  /**
   * The Knossos-shaped map inside a result: the result itself, or, for a runner's result that
   * nests one per checker under {@code :results}, the first invalid one that names an op.
   */
  private static Map<?, ?> linearizability(Map<?, ?> top) {
    if (top.containsKey(OP) || top.containsKey(FINAL_PATHS) || !(top.get(RESULTS) instanceof Map<?, ?> results)) {
      return top;
    }
    for (Object r : results.values()) {
      if (r instanceof Map<?, ?> m && Boolean.FALSE.equals(m.get(VALID)) && (m.containsKey(OP) || m.containsKey(FINAL_PATHS))) {
        return m;
      }
    }
    return top;
  }

  private static Step step(Object s, History history) {
    if (!(s instanceof Map<?, ?> m)) return new Step(-1, Edn.print(s), "", false);
    Object model = m.get(MODEL);
    return new Step(locate(m.get(OP), history), Edn.print(m.get(OP)), Edn.print(model), isInconsistent(model));
  }

  /** Knossos' {@code #knossos.model.Inconsistent{:msg ...}}, or any model map carrying a :msg. */
  static boolean isInconsistent(Object model) {
    if (model instanceof TaggedLiteral t) {
      return t.tag.getName().contains("Inconsistent") || isInconsistent(t.form);
    }
    return model instanceof IPersistentMap m && m.containsKey(MSG);
  }

  /** The position of the op a result map names (by :index), or -1. */
  private static int locate(Object op, History history) {
    if (op instanceof TaggedLiteral t) op = t.form;
    if (!(op instanceof Map<?, ?> m) || !(m.get(INDEX) instanceof Number n)) return -1;
    return history.position(n.longValue());
  }

  /** :valid? as given: true, false, :unknown, or null when there is no result. */
  public Object valid() { return valid; }

  /** True when the result says the history is not valid. */
  public boolean invalid() { return Boolean.FALSE.equals(valid); }

  /** The position of the op that could not be linearized, or -1. */
  public int failing() { return failing; }

  /** The position of :previous-ok, or -1. */
  public int previousOk() { return previousOk; }

  /** The final paths, each a list of steps. */
  public List<List<Step>> paths() { return paths; }

  /** The result's other entries as {key, value} EDN strings, in the map's order. */
  public List<String[]> other() { return other; }

  /** "valid", "INVALID", "unknown" or "not checked". */
  public String verdict() {
    return IndexPage.verdict(valid);
  }
}
