package minotaur.check.reclaim;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import java.util.List;
import minotaur.history.Edn;

/** Jepsen-shaped verdict maps {@code {:valid? ... :count n :violations [...] :summary "..."}}. */
final class Verdict {
  static final Keyword VALID = Keyword.intern("valid?");

  private Verdict() {}

  /** Valid iff {@code violations} is empty; {@code summary} is one human line. */
  static IPersistentMap of(List<?> violations, String summary) {
    return PersistentArrayMap.EMPTY
        .assoc(VALID, violations.isEmpty())
        .assoc(Keyword.intern("count"), (long) violations.size())
        .assoc(Keyword.intern("violations"), Edn.normalize(violations.subList(0, Math.min(20, violations.size()))))
        .assoc(Keyword.intern("summary"), summary);
  }

  static Keyword kw(String name) {
    return Keyword.intern(name);
  }
}
