package minotaur.check;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.PersistentHashMap;
import clojure.lang.PersistentVector;
import java.util.ArrayList;
import java.util.List;
import minotaur.history.Edn;
import minotaur.history.Op;

/**
 * The verdict of a linearizability check, rendered as the map Knossos's analysis returns:
 * {@code {:valid? true|false|:unknown, :op, :previous-ok, :last-op, :final-paths, :configs,
 * :analyzer :wgl, :cause}} (keys without a value are left out; a valid result carries the final
 * {@code :model}, a partitioned failure the {@code :key} it failed on). Also carries statistics
 * for the summary line and benchmarks.
 */
public final class CheckResult {
  public static final Keyword UNKNOWN = Keyword.intern("unknown");
  static final Keyword WGL = Keyword.intern("wgl");

  private static final Keyword VALID = Keyword.intern("valid?");
  private static final Keyword OP = Keyword.intern("op");
  private static final Keyword PREVIOUS_OK = Keyword.intern("previous-ok");
  private static final Keyword LAST_OP = Keyword.intern("last-op");
  private static final Keyword FINAL_PATHS = Keyword.intern("final-paths");
  private static final Keyword CONFIGS = Keyword.intern("configs");
  private static final Keyword ANALYZER = Keyword.intern("analyzer");
  private static final Keyword CAUSE = Keyword.intern("cause");
  private static final Keyword MODEL = Keyword.intern("model");
  private static final Keyword KEY = Keyword.intern("key");

  private final Object valid;
  private final IPersistentMap edn;
  /** For an invalid result: the op that could not be linearized and the last one that could. */
  private final Op failing;
  private final Op previousOk;
  private final long configs;
  private final int calls;
  private final int partitions;
  private final long nanos;

  private CheckResult(Object valid, IPersistentMap edn, Op failing, Op previousOk, long configs, int calls,
      int partitions, long nanos) {
    this.valid = valid;
    this.edn = edn;
    this.failing = failing;
    this.previousOk = previousOk;
    this.configs = configs;
    this.calls = calls;
    this.partitions = partitions;
    this.nanos = nanos;
  }

  static CheckResult valid(Object modelEdn, long configs, int calls, int partitions, long nanos) {
    IPersistentMap m = PersistentArrayMap.EMPTY.assoc(VALID, true);
    if (modelEdn != null) m = m.assoc(MODEL, modelEdn);
    return new CheckResult(true, m.assoc(ANALYZER, WGL), null, null, configs, calls, partitions, nanos);
  }

  static CheckResult unknown(Keyword cause, long configs, int calls, int partitions, long nanos) {
    IPersistentMap m = PersistentArrayMap.EMPTY.assoc(VALID, UNKNOWN).assoc(CAUSE, cause)
        .assoc(ANALYZER, WGL);
    return new CheckResult(UNKNOWN, m, null, null, configs, calls, partitions, nanos);
  }

  static CheckResult invalid(Wgl search, Diagnosis d, Object key, long configs, int calls,
      int partitions, long nanos) {
    PreparedHistory h = search.history;
    List<Object> kvs = new ArrayList<>();
    kvs.add(VALID); kvs.add(false);
    kvs.add(OP); kvs.add(h.completion[d.finalCall].toMap());
    if (d.previousOkCall >= 0) { kvs.add(PREVIOUS_OK); kvs.add(h.completion[d.previousOkCall].toMap()); }
    if (d.lastCall >= 0) { kvs.add(LAST_OP); kvs.add(Diagnosis.completion(h, d.lastCall)); }
    kvs.add(FINAL_PATHS); kvs.add(PersistentVector.create(d.finalPaths));
    kvs.add(CONFIGS); kvs.add(PersistentVector.create(d.configSample));
    if (key != null) { kvs.add(KEY); kvs.add(key); }
    kvs.add(ANALYZER); kvs.add(WGL);
    IPersistentMap m = kvs.size() <= 16 ? new PersistentArrayMap(kvs.toArray())
        : PersistentHashMap.create(kvs.toArray());
    return new CheckResult(false, m, h.completion[d.finalCall],
        d.previousOkCall >= 0 ? h.completion[d.previousOkCall] : null, configs, calls, partitions, nanos);
  }

  CheckResult withStats(long totalConfigs, int totalCalls, int parts, long totalNanos) {
    return new CheckResult(valid, edn, failing, previousOk, totalConfigs, totalCalls, parts, totalNanos);
  }

  /** {@code Boolean.TRUE}, {@code Boolean.FALSE} or the keyword {@code :unknown}. */
  public Object valid() {
    return valid;
  }

  public boolean isValid() {
    return Boolean.TRUE.equals(valid);
  }

  public boolean isInvalid() {
    return Boolean.FALSE.equals(valid);
  }

  public boolean isUnknown() {
    return valid == UNKNOWN;
  }

  /**
   * The result as every checker's verdict: it prints as {@link #toEdn()}, fails on the op that
   * could not be linearized, and explains with the last op that could and that op.
   */
  public Verdict verdict() {
    if (failing == null) return Verdict.printedAs(edn, List.of(), summary(), List.of());
    List<Verdict.Step> steps = new ArrayList<>();
    if (previousOk != null) steps.add(new Verdict.Step(previousOk, "the last op that could be linearized"));
    Object key = edn.valAt(KEY);
    steps.add(new Verdict.Step(failing, "cannot be linearized after it"
        + (key != null ? " on key " + Edn.print(key) : "") + ": no order of the calls pending then explains it"
        + " (the final paths show each order tried)"));
    return Verdict.printedAs(edn, List.of(failing), summary(), steps);
  }

  /** The Knossos-shaped result map (Clojure data; prints as EDN). */
  public IPersistentMap toEdn() {
    return edn;
  }

  /** The op that could not be linearized, as a map; null unless invalid. */
  public Object op() {
    return edn.valAt(OP);
  }

  /** Why the verdict is unknown ({@code :timeout}, {@code :max-configs}, ...); else null. */
  public Keyword cause() {
    return (Keyword) edn.valAt(CAUSE);
  }

  /** Configurations memoised over all partitions. */
  public long configs() {
    return configs;
  }

  /** Calls checked (after dropping failed ones). */
  public int calls() {
    return calls;
  }

  public int partitions() {
    return partitions;
  }

  public long elapsedNanos() {
    return nanos;
  }

  /** One human line: the verdict, the op at fault or the cause, and the work done. */
  public String summary() {
    String stats = String.format(" (%d calls, %d partition%s, %d configs, %.1f ms)", calls,
        partitions, partitions == 1 ? "" : "s", configs, nanos / 1e6);
    if (isValid()) return "linearizable" + stats;
    if (isUnknown()) return "unknown: " + Edn.print(cause()) + stats;
    Object key = edn.valAt(KEY);
    return "NOT linearizable: cannot linearize " + Edn.print(op())
        + (key != null ? " on key " + Edn.print(key) : "") + stats;
  }

  @Override
  public String toString() {
    return Edn.print(edn);
  }
}
