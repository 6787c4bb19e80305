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
 * What a checker result says about a history, located in it: the verdict, the op at fault (for
 * Knossos-shaped results the op that could not be linearized, with the last op that could,
 * {@code :previous-ok}, and the final paths: model state, then each op applied, ending in the
 * inconsistency; for other findings, such as a lost wakeup, the first op the finding names), and
 * the other ops and messages the result gives. A checker's own explanation ({@code :message},
 * {@code :failing-ops} and {@code :explanation [{:op .. :says ".."} ...]}, as every
 * {@code minotaur.check.Verdict} that does not hold prints) is read as the message, the op at fault
 * and the story: each step an op located in the history and what it shows. Reads plain Clojure
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
  static final Keyword TYPE = Keyword.intern("type");
  static final Keyword PROCESS = Keyword.intern("process");
  static final Keyword MESSAGE = Keyword.intern("message");
  static final Keyword FAILING_OPS = Keyword.intern("failing-ops");
  static final Keyword EXPLANATION = Keyword.intern("explanation");
  static final Keyword SAYS = Keyword.intern("says");

  /**
   * One step of a final path.
   *
   * @param position the op's position in the history, or -1 if it is not found
   * @param op the op as EDN
   * @param model the model state after it as EDN
   * @param inconsistent true if the model is the inconsistency that ends the path
   */
  public record Step(int position, String op, String model, boolean inconsistent) {}

  /**
   * Something else the result says: an op it names (e.g. a lost wakeup's missed notify) or a
   * message.
   *
   * @param label what it is, e.g. "missed notify"
   * @param position the op's position in the history, or -1 (for a message, or an op not found)
   * @param text the op as EDN, or the message
   */
  public record Note(String label, int position, String text) {}

  /**
   * One step of a checker's explanation.
   *
   * @param position the op's position in the history, or -1 (no op, or not found)
   * @param op the op as EDN, or "" for none
   * @param says what the step shows
   */
  public record Said(int position, String op, String says) {}

  private final Object valid;
  private final int failing;
  private final int previousOk;
  private final List<List<Step>> paths;
  private final List<Note> notes;
  private final List<String[]> other;
  private final String message;
  private final List<Said> story;

  private Explanation(Object valid, int failing, int previousOk, List<List<Step>> paths, List<Note> notes,
      List<String[]> other, String message, List<Said> story) {
    this.message = message;
    this.story = story;
    this.valid = valid;
    this.failing = failing;
    this.previousOk = previousOk;
    this.paths = paths;
    this.notes = notes;
    this.other = other;
  }

  /** The explanation of {@code result} (a map, or null for none) for {@code history}. */
  public static Explanation of(Object result, History history) {
    if (!(result instanceof Map<?, ?> top)) {
      return new Explanation(null, -1, -1, List.of(), List.of(), List.of(), null, List.of());
    }
    Map<?, ?> m = finding(top);
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
    // The op at fault: Knossos' :op, else the first op a finding names (e.g. a lost wakeup's :waiter).
    Object failingKey = m.containsKey(OP) ? OP : null;
    List<Said> story = new ArrayList<>();
    if (m.get(EXPLANATION) instanceof Collection<?> steps) {
      for (Object s : steps) {
        if (!(s instanceof Map<?, ?> sm)) continue;
        Object op = sm.get(OP);
        story.add(new Said(locate(op, history), op == null ? "" : Edn.print(op), String.valueOf(sm.get(SAYS))));
      }
    }
    Object failingOp = null;
    if (failingKey == null && m.get(FAILING_OPS) instanceof List<?> fs && !fs.isEmpty()) failingOp = fs.get(0);
    // A checker's message goes with its explanation; a finding's own :message is one of its notes.
    boolean explained = m.containsKey(EXPLANATION) || m.containsKey(FAILING_OPS);
    String message = explained && m.get(MESSAGE) instanceof String msg ? msg : null;
    List<Note> notes = new ArrayList<>();
    List<String[]> other = new ArrayList<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      Object k = e.getKey(), v = e.getValue();
      if (k.equals(VALID) || k.equals(OP) || k.equals(PREVIOUS_OK) || k.equals(FINAL_PATHS)) continue;
      if (k.equals(EXPLANATION) || k.equals(FAILING_OPS) || (k.equals(MESSAGE) && message != null)) continue;
      if (failingOp != null && isOp(v)) {
        notes.add(new Note(name(k), locate(v, history), Edn.print(v)));
        continue;
      }
      if (failingKey == null && isOp(v)) {
        failingKey = k;
      } else if (isOp(v)) {
        notes.add(new Note(name(k), locate(v, history), Edn.print(v)));
      } else if (v instanceof String text) {
        notes.add(new Note(name(k), -1, text));
      } else {
        other.add(new String[] {Edn.print(k), Edn.print(v)});
      }
    }
    if (m != top) {
      for (Map.Entry<?, ?> e : top.entrySet()) {
        if (!e.getKey().equals(RESULTS)) other.add(new String[] {Edn.print(e.getKey()), Edn.print(e.getValue())});
      }
    }
    Object valid = top.containsKey(VALID) ? top.get(VALID) : m.get(VALID);
    int failing = failingOp != null ? locate(failingOp, history)
        : failingKey == null ? -1 : locate(m.get(failingKey), history);
    return new Explanation(valid, failing, locate(m.get(PREVIOUS_OK), history), paths, notes, other, message, story);
  }

  /**
   * The map that explains a result: the result itself when it is Knossos-shaped; for a runner's
   * result that nests one per checker under {@code :results}, the first invalid one, and inside
   * it the first finding of a list of findings (e.g. {@code :lost-wakeups [{:waiter ...}]}).
   */
  private static Map<?, ?> finding(Map<?, ?> top) {
    if (top.containsKey(OP) || top.containsKey(FINAL_PATHS) || !(top.get(RESULTS) instanceof Map<?, ?> results)) {
      return top;
    }
    for (Object r : results.values()) {
      if (!(r instanceof Map<?, ?> m) || !Boolean.FALSE.equals(m.get(VALID))) continue;
      if (m.containsKey(OP) || m.containsKey(FINAL_PATHS) || m.containsKey(EXPLANATION)) return m;
      for (Object v : m.values()) {
        if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> first
            && first.values().stream().anyMatch(Explanation::isOp)) {
          return first;
        }
      }
      return m;
    }
    return top;
  }

  /** An op map as histories hold them: it has :type, :process and :index. */
  private static boolean isOp(Object v) {
    return v instanceof Map<?, ?> m && m.containsKey(TYPE) && m.containsKey(PROCESS) && m.get(INDEX) instanceof Number;
  }

  private static String name(Object key) {
    return key instanceof Keyword k ? k.getName().replace('-', ' ') : Edn.print(key);
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

  /** Other ops the result names, and its messages, in the result's order. */
  public List<Note> notes() { return notes; }

  /** The result's other entries as {key, value} EDN strings, in the map's order. */
  public List<String[]> other() { return other; }

  /** The checker's one-line message, or null. */
  public String message() { return message; }

  /** The checker's explanation, step by step; empty if it gave none. */
  public List<Said> story() { return story; }

  /** "valid", "INVALID", "unknown" or "not checked". */
  public String verdict() {
    return IndexPage.verdict(valid);
  }
}
