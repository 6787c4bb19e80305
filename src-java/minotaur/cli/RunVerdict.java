package minotaur.cli;

import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import minotaur.history.BadInput;
import minotaur.history.Edn;
import minotaur.history.History;
import minotaur.report.Explanation;
import minotaur.run.RunResult;

/**
 * The few lines {@code run} prints under its verdict line: for a run that does not hold, which
 * checker said so first, the op it blames and the other ops or messages it names (the whole
 * result is in the {@code .result.edn} file; {@code --edn} prints it). A run that holds needs no
 * explanation.
 */
final class RunVerdict {
  /** An op or message longer than this is cut, so each line stays one terminal line. */
  static final int WIDTH = 160;
  /** At most this many further ops or messages of the finding. */
  static final int NOTES = 3;

  private RunVerdict() {}

  /** The explanation lines of {@code r}, empty when it holds. */
  static List<String> explain(RunResult r) {
    List<String> lines = new ArrayList<>();
    Object valid = r.valid();
    if (Boolean.TRUE.equals(valid)) return lines;
    Map.Entry<Object, Object> first = firstNotHolding(r, valid);
    if (first == null) return lines;
    String checker = first.getKey() instanceof Keyword k ? k.getName() : String.valueOf(first.getKey());
    Map<?, ?> verdict = (Map<?, ?>) first.getValue();
    String word = Boolean.FALSE.equals(valid) ? "first violation" : "unknown";
    History history;
    try {
      history = History.of(String.valueOf(r.historyPath()), r.history());
    } catch (BadInput e) {
      lines.add(word + ": " + checker + cause(verdict));
      return lines;
    }
    Explanation ex = Explanation.of(verdict, history);
    if (ex.failing() >= 0) {
      lines.add(word + ": " + checker + ", op " + cut(Edn.print(history.get(ex.failing()).toMap())));
    } else {
      lines.add(word + ": " + checker + cause(verdict));
    }
    if (ex.previousOk() >= 0) lines.add("  last linearized " + cut(Edn.print(history.get(ex.previousOk()).toMap())));
    int shown = 0;
    for (Explanation.Note n : ex.notes()) {
      if (shown++ == NOTES) break;
      lines.add("  " + n.label() + ": " + cut(n.text()));
    }
    return lines;
  }

  /** The first checker whose verdict is {@code valid} (false, or :unknown when none is false). */
  private static Map.Entry<Object, Object> firstNotHolding(RunResult r, Object valid) {
    for (Object o : r.verdict()) {
      @SuppressWarnings("unchecked")
      Map.Entry<Object, Object> e = (Map.Entry<Object, Object>) o;
      if (e.getValue() instanceof Map<?, ?> m && valid.equals(m.get(Keyword.intern("valid?")))) return e;
    }
    return null;
  }

  private static String cause(Map<?, ?> verdict) {
    Object cause = verdict.get(Keyword.intern("cause"));
    if (cause == null) cause = verdict.get(Keyword.intern("error"));
    return cause == null ? "" : " (" + cut(Edn.print(cause)) + ")";
  }

  private static String cut(String text) {
    String one = text.replace('\n', ' ');
    return one.length() <= WIDTH ? one : one.substring(0, WIDTH - 3) + "...";
  }
}
