package minotaur.check.exclusion;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import minotaur.history.Edn;

/** Builds the verdict maps these checkers return: {@code {:valid? v, :key value, ...}}. */
final class Verdict {
  static final Keyword VALID = Keyword.intern("valid?");

  private Verdict() {}

  static IPersistentMap of(boolean valid, Object... details) {
    IPersistentMap m = PersistentArrayMap.EMPTY.assoc(VALID, valid);
    for (int i = 0; i < details.length; i += 2) {
      m = m.assoc(Keyword.intern((String) details[i]), Edn.normalize(details[i + 1]));
    }
    return m;
  }
}
