package minotaur.check;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.PersistentVector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minotaur.history.Edn;
import minotaur.history.Op;

/**
 * The verdict of any checker (linearizability, exclusion, liveness, reclamation): whether the
 * history holds ({@code true}, {@code false} or {@code :unknown}), the ops at fault, a one-line
 * message, an explanation (steps, each an op of the history and what it shows, in the order that
 * tells the story), and the checker's own details.
 *
 * <p>It prints as the map Jepsen checkers return ({@link #toEdn()}): {@code :valid?} first, then
 * the checker's details under the keys it always had; a verdict that does not hold adds {@code
 * :message}, {@code :failing-ops} and {@code :explanation [{:op op :says "..."} ...]} unless a
 * detail already has that key. A verdict read from a map ({@link #of(IPersistentMap)}: Knossos's
 * analysis, a Clojure checker) prints as that map, unchanged. {@code minotaur.report.Explanation}
 * reads those keys back from the map, so the HTML report shows every checker's explanation.
 * Immutable.
 */
public final class Verdict {
  public static final Keyword VALID = Keyword.intern("valid?");
  public static final Keyword UNKNOWN = Keyword.intern("unknown");
  public static final Keyword MESSAGE = Keyword.intern("message");
  public static final Keyword FAILING_OPS = Keyword.intern("failing-ops");
  public static final Keyword EXPLANATION = Keyword.intern("explanation");
  public static final Keyword OP = Keyword.intern("op");
  public static final Keyword SAYS = Keyword.intern("says");

  /** One step of an explanation: an op of the history (or null) and what it shows. */
  public record Step(Op op, String says) {
    public Step {
      if (says == null) throw new IllegalArgumentException("a step says something");
    }

    IPersistentMap toEdn() {
      IPersistentMap m = PersistentArrayMap.EMPTY;
      if (op != null) m = m.assoc(OP, op.toMap());
      return m.assoc(SAYS, says);
    }
  }

  private final Object valid;
  private final List<Op> failing;
  private final String message;
  private final List<Step> explanation;
  private final IPersistentMap edn;

  private Verdict(Object valid, List<Op> failing, String message, List<Step> explanation, IPersistentMap edn) {
    if (!(Boolean.TRUE.equals(valid) || Boolean.FALSE.equals(valid) || UNKNOWN.equals(valid))) {
      throw new IllegalArgumentException(":valid? is true, false or :unknown, not " + Edn.print(valid));
    }
    this.valid = valid;
    this.failing = List.copyOf(failing);
    this.message = message;
    this.explanation = List.copyOf(explanation);
    this.edn = edn;
  }

  /** A verdict to build: {@code valid} is true, false or {@code :unknown}. */
  public static Builder valid(Object valid) {
    return new Builder(valid);
  }

  /** Holds iff {@code holds}. */
  public static Builder holds(boolean holds) {
    return new Builder(holds);
  }

  public static Builder unknown() {
    return new Builder(UNKNOWN);
  }

  /**
   * A verdict as a map says it ({@code :valid?}, and {@code :message}, {@code :failing-ops}, and
   * {@code :explanation} if present); it prints as {@code map}, unchanged. A map without a
   * boolean or {@code :unknown} {@code :valid?} is {@code :unknown}.
   */
  public static Verdict of(IPersistentMap map) {
    Object v = map.valAt(VALID);
    Object valid = Boolean.TRUE.equals(v) || Boolean.FALSE.equals(v) ? v : UNKNOWN;
    List<Op> failing = new ArrayList<>();
    if (map.valAt(FAILING_OPS) instanceof Collection<?> ops) {
      for (Object o : ops) if (o instanceof Map<?, ?>) failing.add(Edn.opFromMap(o));
    }
    List<Step> steps = new ArrayList<>();
    if (map.valAt(EXPLANATION) instanceof Collection<?> es) {
      for (Object e : es) {
        if (e instanceof Map<?, ?> m && m.get(SAYS) instanceof String says) {
          steps.add(new Step(m.get(OP) instanceof Map<?, ?> op ? Edn.opFromMap(op) : null, says));
        }
      }
    }
    Object msg = map.valAt(MESSAGE);
    return new Verdict(valid, failing, msg instanceof String s ? s : null, steps, map);
  }

  /** A verdict that prints as {@code map} (e.g. Knossos's analysis), with what it says besides. */
  static Verdict printedAs(IPersistentMap map, List<Op> failing, String message, List<Step> explanation) {
    return new Verdict(map.valAt(VALID), failing, message, explanation, map);
  }

  /** True, false or {@code :unknown}. */
  public Object valid() { return valid; }

  public boolean holds() { return Boolean.TRUE.equals(valid); }

  public boolean violated() { return Boolean.FALSE.equals(valid); }

  public boolean isUnknown() { return UNKNOWN.equals(valid); }

  /** The ops at fault, in history order; empty if it holds or no op is to blame. */
  public List<Op> failing() { return failing; }

  /** One human line, or null. */
  public String message() { return message; }

  /** The steps that explain it; empty if it holds. */
  public List<Step> explanation() { return explanation; }

  /** The verdict map (see the class comment). */
  public IPersistentMap toEdn() { return edn; }

  /** Jepsen's merge of validities: false wins over {@code :unknown}, which wins over true. */
  public static Object merge(Object a, Object b) {
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) return Boolean.FALSE;
    if (Boolean.TRUE.equals(a) && Boolean.TRUE.equals(b)) return Boolean.TRUE;
    return UNKNOWN;
  }

  /**
   * A composed verdict, as Jepsen's {@code compose}: {@code {:valid? merged, name verdict...}},
   * failing on the first named verdict that fails (its message, ops and explanation, the message
   * prefixed with its name).
   */
  public static Verdict compose(Map<String, Verdict> verdicts) {
    Object valid = Boolean.TRUE;
    Map<String, Verdict> in = new LinkedHashMap<>(verdicts);
    for (Verdict v : in.values()) valid = merge(valid, v.valid);
    Builder b = new Builder(valid);
    for (Map.Entry<String, Verdict> e : in.entrySet()) b.detail(e.getKey(), e.getValue().toEdn());
    for (Map.Entry<String, Verdict> e : in.entrySet()) {
      Verdict v = e.getValue();
      if (!v.valid.equals(valid) || v.holds()) continue;
      b.failing.addAll(v.failing);
      b.explanation.addAll(v.explanation);
      b.message = e.getKey() + ": " + (v.message != null ? v.message : Edn.print(v.valid));
      break;
    }
    return b.buildBare();
  }

  @Override public boolean equals(Object o) {
    return o instanceof Verdict v && v.edn.equals(edn);
  }

  @Override public int hashCode() {
    return edn.hashCode();
  }

  @Override public String toString() {
    return Edn.print(edn);
  }

  /** Assembles a verdict; details keep the order given, and print after {@code :valid?}. */
  public static final class Builder {
    private final Object valid;
    private final List<Object> details = new ArrayList<>();
    private final List<Op> failing = new ArrayList<>();
    private final List<Step> explanation = new ArrayList<>();
    private String message;

    private Builder(Object valid) {
      this.valid = valid;
    }

    /** A checker's own key (a keyword name) and value, normalised to EDN data. */
    public Builder detail(String key, Object value) {
      details.add(Keyword.intern(key));
      details.add(Edn.normalize(value));
      return this;
    }

    public Builder message(String m) {
      message = m;
      return this;
    }

    /** Ops at fault. */
    public Builder failing(Op... ops) {
      for (Op op : ops) if (op != null) failing.add(op);
      return this;
    }

    /** A step of the explanation; {@code op} may be null. */
    public Builder step(Op op, String says) {
      explanation.add(new Step(op, says));
      return this;
    }

    public Verdict build() {
      IPersistentMap m = map(details);
      if (!Boolean.TRUE.equals(valid)) {
        if (message != null && !m.containsKey(MESSAGE)) m = m.assoc(MESSAGE, message);
        if (!failing.isEmpty() && !m.containsKey(FAILING_OPS)) {
          m = m.assoc(FAILING_OPS, PersistentVector.create(failing.stream().map(Op::toMap).toList()));
        }
        if (!explanation.isEmpty() && !m.containsKey(EXPLANATION)) {
          m = m.assoc(EXPLANATION, PersistentVector.create(explanation.stream().map(Step::toEdn).toList()));
        }
      }
      return new Verdict(valid, failing, message, explanation, m);
    }

    /** Only the details: for a composed verdict, whose parts carry the explanation. */
    private Verdict buildBare() {
      return new Verdict(valid, failing, message, explanation, map(details));
    }

    private IPersistentMap map(List<Object> kvs) {
      Object[] a = new Object[kvs.size() + 2];
      a[0] = VALID;
      a[1] = valid;
      for (int i = 0; i < kvs.size(); i++) a[i + 2] = kvs.get(i);
      // An array map keeps the keys in the order given, so verdicts print :valid? first.
      return new PersistentArrayMap(a);
    }
  }
}
