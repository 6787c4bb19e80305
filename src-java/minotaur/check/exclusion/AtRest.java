package minotaur.check.exclusion;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.Util;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import minotaur.check.Verdict;
import minotaur.history.Edn;

/**
 * Invariants of a primitive at rest (PROPERTIES E3, X3): after quiescence every observed field
 * must hold its idle value ({@code pending_cpus == 0}, no {@code has_waiter}; {@code spinners ==
 * 0}, every {@code lock_spinners} null). Observations are EDN values by name.
 */
public final class AtRest {
  private AtRest() {}

  /** Compares each expected field with its observation; a missing observation is a violation. */
  public static Verdict check(Map<String, Object> observed, Map<String, Object> expected) {
    IPersistentMap seenAll = PersistentArrayMap.EMPTY;
    for (Map.Entry<String, Object> e : observed.entrySet()) {
      seenAll = seenAll.assoc(Keyword.intern(e.getKey()), Edn.normalize(e.getValue()));
    }
    IPersistentMap violations = PersistentArrayMap.EMPTY;
    List<String> said = new ArrayList<>();
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      Object want = Edn.normalize(e.getValue());
      Object seen = observed.containsKey(e.getKey()) ? Edn.normalize(observed.get(e.getKey())) : null;
      if (!observed.containsKey(e.getKey()) || !Util.equiv(want, seen)) {
        violations = violations.assoc(Keyword.intern(e.getKey()), PersistentArrayMap.EMPTY
            .assoc(Keyword.intern("expected"), want)
            .assoc(Keyword.intern("observed"), observed.containsKey(e.getKey()) ? seen
                : Keyword.intern("missing")));
        String field = e.getKey() + " is " + (observed.containsKey(e.getKey()) ? Edn.print(seen) : "not observed")
            + ", idle is " + Edn.print(want);
        said.add(field);
      }
    }
    Verdict.Builder b = Verdict.holds(said.isEmpty());
    for (String field : said) b.step(null, "after quiescence " + field);
    return b.detail("observed", seenAll).detail("violations", violations)
        .message("not idle at rest: " + String.join("; ", said)).build();
  }
}
