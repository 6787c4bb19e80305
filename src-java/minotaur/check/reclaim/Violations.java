package minotaur.check.reclaim;

import clojure.lang.Keyword;
import java.util.List;
import java.util.Map;
import minotaur.check.Verdict;
import minotaur.history.Edn;
import minotaur.history.Op;

/**
 * The reclamation checkers' verdict: {@code {:valid? :count n :violations [...] :summary "..."}}
 * (the first 20 violations, each a map), holding iff there are none. The ops a violation names
 * (values that are op maps) are its failing ops; the explanation walks the first violation's ops,
 * each with the violation's {@code :problem} or the summary, or says its problem when it names no
 * op.
 */
final class Violations {
  private static final int SHOWN = 20;

  private Violations() {}

  static Verdict verdict(List<?> violations, String summary) {
    List<?> shown = violations.subList(0, Math.min(SHOWN, violations.size()));
    Verdict.Builder b = Verdict.holds(violations.isEmpty())
        .detail("count", (long) violations.size())
        .detail("violations", shown)
        .detail("summary", summary)
        .message(summary);
    for (int i = 0; i < shown.size(); i++) {
      if (!(Edn.normalize(shown.get(i)) instanceof Map<?, ?> v)) continue;
      // Violations are maps with keyword or string keys (Map.of("problem", ...)).
      Object problem = v.containsKey("problem") ? v.get("problem") : v.get(Keyword.intern("problem"));
      String says = problem instanceof String p ? p : summary;
      boolean namesOps = false;
      for (Map.Entry<?, ?> e : v.entrySet()) {
        if (!isOp(e.getValue())) continue;
        Op op = Edn.opFromMap(e.getValue());
        b.failing(op);
        if (i == 0) b.step(op, name(e.getKey()) + ": " + says);
        namesOps = true;
      }
      if (i == 0 && !namesOps) b.step(null, says); // a finding at rest, e.g. the list's shape
    }
    return b.build();
  }

  private static String name(Object key) {
    return key instanceof Keyword k ? k.getName() : String.valueOf(key);
  }

  private static boolean isOp(Object v) {
    return v instanceof Map<?, ?> m && m.containsKey(Keyword.intern("type")) && m.containsKey(Keyword.intern("process"));
  }
}
