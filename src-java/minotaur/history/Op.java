package minotaur.history;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.Util;
import java.util.Objects;

/**
 * One event of a Jepsen history: the invocation or the completion of an operation.
 *
 * <p>Immutable. {@code process} is an {@link Integer} for client processes or a {@link Keyword}
 * such as {@code :nemesis}; {@code value} is EDN data (Clojure collections, {@link Long} for
 * integers, strings, keywords, nil); {@code time} is nanoseconds since the run started and {@code
 * index} the position in the history ({@code -1} when absent). Keys other than these six are kept,
 * unchanged, in {@link #extra()} (for example {@code :error}).
 */
public final class Op {
  /** The four kinds of event Jepsen records. */
  public enum Type {
    INVOKE, OK, FAIL, INFO;

    private final Keyword keyword = Keyword.intern(name().toLowerCase());

    public Keyword keyword() {
      return keyword;
    }

    /** The type named by a keyword such as {@code :ok}, or null if it names none. */
    public static Type of(Object keyword) {
      if (!(keyword instanceof Keyword k) || k.getNamespace() != null) return null;
      switch (k.getName()) {
        case "invoke": return INVOKE;
        case "ok": return OK;
        case "fail": return FAIL;
        case "info": return INFO;
        default: return null;
      }
    }
  }

  public static final Keyword NEMESIS = Keyword.intern("nemesis");
  public static final long ABSENT = -1;

  private final Object process;
  private final Type type;
  private final Keyword f;
  private final Object value;
  private final long time;
  private final long index;
  private final IPersistentMap extra;

  public Op(Object process, Type type, Keyword f, Object value, long time, long index,
      IPersistentMap extra) {
    this.process = normalizeProcess(process);
    this.type = Objects.requireNonNull(type, "type");
    this.f = f;
    this.value = Edn.normalize(value);
    this.time = time;
    this.index = index;
    this.extra = extra == null ? PersistentArrayMap.EMPTY : extra;
  }

  /** A client op with no time, index or extra keys. */
  public static Op of(int process, Type type, String f, Object value) {
    return new Op(process, type, Keyword.intern(f), value, ABSENT, ABSENT, null);
  }

  public static Op invoke(int process, String f, Object value) {
    return of(process, Type.INVOKE, f, value);
  }

  public static Op ok(int process, String f, Object value) {
    return of(process, Type.OK, f, value);
  }

  public static Op fail(int process, String f, Object value) {
    return of(process, Type.FAIL, f, value);
  }

  public static Op info(int process, String f, Object value) {
    return of(process, Type.INFO, f, value);
  }

  private static Object normalizeProcess(Object p) {
    if (p instanceof Integer || p instanceof Keyword) return p;
    if (p instanceof Number n) {
      long l = n.longValue();
      if (l == (int) l) return (int) l;
    }
    if (p == null) throw new IllegalArgumentException("op has no :process");
    throw new IllegalArgumentException("bad :process " + Edn.print(p));
  }

  public Object process() { return process; }

  /** True for client processes (integers); false for {@code :nemesis} and other keywords. */
  public boolean isClient() { return process instanceof Integer; }

  /** The integer process id; only for client ops. */
  public int processId() {
    if (process instanceof Integer i) return i;
    throw new IllegalStateException("not a client process: " + process);
  }

  public Type type() { return type; }
  public Keyword f() { return f; }
  public Object value() { return value; }
  public long time() { return time; }
  public long index() { return index; }
  public IPersistentMap extra() { return extra; }

  public boolean isInvoke() { return type == Type.INVOKE; }
  public boolean isOk() { return type == Type.OK; }
  public boolean isFail() { return type == Type.FAIL; }
  public boolean isInfo() { return type == Type.INFO; }

  /** An extra key's value, e.g. {@code get("error")}. */
  public Object get(String key) { return extra.valAt(Keyword.intern(key)); }

  public Op withType(Type t) { return new Op(process, t, f, value, time, index, extra); }
  public Op withValue(Object v) { return new Op(process, type, f, v, time, index, extra); }
  public Op withF(Keyword nf) { return new Op(process, type, nf, value, time, index, extra); }
  public Op withTime(long t) { return new Op(process, type, f, value, t, index, extra); }
  public Op withIndex(long i) { return new Op(process, type, f, value, time, i, extra); }
  public Op withProcess(Object p) { return new Op(p, type, f, value, time, index, extra); }

  public Op with(String key, Object v) {
    return new Op(process, type, f, value, time, index, extra.assoc(Keyword.intern(key), Edn.normalize(v)));
  }

  /** The op as a Clojure map, keys in Jepsen's order. */
  public IPersistentMap toMap() {
    return Edn.opToMap(this);
  }

  /** The op as one line of EDN. */
  @Override
  public String toString() {
    return Edn.print(toMap());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Op op)) return false;
    return time == op.time && index == op.index && type == op.type
        && process.equals(op.process) && Objects.equals(f, op.f)
        && Util.equiv(value, op.value) && Util.equiv(extra, op.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(process, type, f, Util.hasheq(value), time, index);
  }
}
