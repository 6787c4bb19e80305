package minotaur.prim.timer_list;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;

/** One {@code g_free} of a timer block: which block, its shadow state after, and who freed it. */
public record FreeRecord(int address, int stateAfter, Object site, String thread) {
  /** EDN map for histories and reports. */
  public IPersistentMap toEdn() {
    return PersistentArrayMap.EMPTY
        .assoc(Keyword.intern("address"), (long) address)
        .assoc(Keyword.intern("generation"), (long) (stateAfter >>> 1))
        .assoc(Keyword.intern("site"), site)
        .assoc(Keyword.intern("thread"), thread);
  }
}
