package minotaur.check.exclusion;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import minotaur.history.Op;

/**
 * A span of a history during which a process was certainly inside a critical section: it starts
 * at an op recorded after the process entered and ends at an op recorded before it left (or at the
 * end of the history when no such op was recorded). Shared sections may overlap each other;
 * an exclusive one may overlap nothing.
 *
 * @param from history position of the op recorded inside, at entry
 * @param to history position of the op recorded inside, at exit (exclusive bound: the history's
 *     size when the process never recorded one)
 */
record Section(Object process, boolean exclusive, int from, int to, Op start, Op end) {
  /** Both were inside at the same moment: each one's entry op precedes the other's exit op. */
  boolean overlaps(Section o) {
    return from < o.to && o.from < to;
  }

  /** At least one of two overlapping sections must be exclusive for the overlap to be a violation. */
  boolean conflicts(Section o) {
    return (exclusive || o.exclusive) && overlaps(o);
  }

  /** "exclusive" or "shared". */
  String kind() {
    return exclusive ? "exclusive" : "shared";
  }

  IPersistentMap toEdn() {
    IPersistentMap m = PersistentArrayMap.EMPTY
        .assoc(Keyword.intern("process"), process)
        .assoc(Keyword.intern("kind"), Keyword.intern(exclusive ? "exclusive" : "shared"))
        .assoc(Keyword.intern("start"), start.toMap());
    return end == null ? m : m.assoc(Keyword.intern("end"), end.toMap());
  }
}
