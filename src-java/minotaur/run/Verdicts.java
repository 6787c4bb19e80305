package minotaur.run;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import java.util.Map;
import minotaur.history.Edn;

/** Verdict maps, {@code {:valid? true|false|:unknown ...}}, as Jepsen checkers return them. */
public final class Verdicts {
  public static final Keyword VALID = Keyword.intern("valid?");
  public static final Keyword UNKNOWN = Keyword.intern("unknown");

  private Verdicts() {}

  /** A verdict with {@code valid} (true, false or :unknown) and detail keys and values, alternating. */
  public static IPersistentMap of(Object valid, Object... details) {
    if (details.length % 2 != 0) throw new IllegalArgumentException("odd number of detail keys and values");
    IPersistentMap m = PersistentArrayMap.EMPTY.assoc(VALID, valid);
    for (int i = 0; i < details.length; i += 2) {
      Object k = details[i] instanceof String s ? Keyword.intern(s) : details[i];
      m = m.assoc(k, Edn.normalize(details[i + 1]));
    }
    return m;
  }

  /** The {@code :valid?} of a verdict map. */
  public static Object valid(IPersistentMap verdict) {
    return verdict.valAt(VALID, UNKNOWN);
  }

  /** Jepsen's merge of validities: false wins over :unknown, which wins over true. */
  public static Object merge(Object a, Object b) {
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) return Boolean.FALSE;
    if (Boolean.TRUE.equals(a) && Boolean.TRUE.equals(b)) return Boolean.TRUE;
    return UNKNOWN;
  }

  /** A composed verdict: {@code {:valid? merged, name verdict...}}, as Jepsen's {@code compose}. */
  public static IPersistentMap compose(Map<String, IPersistentMap> verdicts) {
    Object valid = Boolean.TRUE;
    IPersistentMap m = PersistentArrayMap.EMPTY;
    for (Map.Entry<String, IPersistentMap> e : verdicts.entrySet()) {
      valid = merge(valid, valid(e.getValue()));
      m = m.assoc(Keyword.intern(e.getKey()), e.getValue());
    }
    return m.assoc(VALID, valid);
  }
}
