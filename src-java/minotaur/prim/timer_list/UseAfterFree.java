package minotaur.prim.timer_list;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;

/**
 * A checked access through a stale timer pointer: the block was freed (and perhaps handed out
 * again by {@code g_new}) after the reader loaded the pointer. {@code free} is the {@code g_free}
 * that ended the allocation the reader's pointer referred to, or null if the heap no longer
 * remembers it.
 */
public record UseAfterFree(int address, String function, String field, int stateAtLoad,
    int stateAtAccess, Object site, String thread, FreeRecord free) {

  /** "freed" if the block was still free at the access, "recycled" if it was in use again. */
  public String kind() {
    return (stateAtAccess & 1) != 0 ? "freed" : "recycled";
  }

  /** The EDN map attached to the reader's completion op as {@code :use-after-free}. */
  public IPersistentMap toEdn() {
    IPersistentMap m = PersistentArrayMap.EMPTY
        .assoc(Keyword.intern("address"), (long) address)
        .assoc(Keyword.intern("function"), function)
        .assoc(Keyword.intern("field"), field)
        .assoc(Keyword.intern("kind"), Keyword.intern(kind()))
        .assoc(Keyword.intern("site"), site)
        .assoc(Keyword.intern("thread"), thread);
    return free == null ? m : m.assoc(Keyword.intern("free"), free.toEdn());
  }

  @Override
  public String toString() {
    return thread + " read " + field + " of " + kind() + " timer@" + address + " in " + function
        + " (" + site + ")" + (free == null ? "" : "; freed by " + free.thread() + " (" + free.site() + ")");
  }
}
