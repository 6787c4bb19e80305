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
    // An array map keeps the keys in the order given, so verdicts print :valid? first.
    Object[] kvs = new Object[details.length + 2];
    kvs[0] = VALID;
    kvs[1] = valid;
    for (int i = 0; i < details.length; i += 2) {
      kvs[i + 2] = details[i] instanceof String s ? Keyword.intern(s) : details[i];
      kvs[i + 3] = Edn.normalize(details[i + 1]);
    }
    return new PersistentArrayMap(kvs);
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
    Object[] kvs = new Object[2 * verdicts.size()];
    int i = 0;
    for (Map.Entry<String, IPersistentMap> e : verdicts.entrySet()) {
      valid = merge(valid, valid(e.getValue()));
      kvs[i++] = Keyword.intern(e.getKey());
      kvs[i++] = e.getValue();
    }
    return of(valid, kvs);
  }
}
