package minotaur.check;

import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import minotaur.history.Op;
import minotaur.model.KeyedModel;
import minotaur.model.Model;

/**
 * Checks a history against a model: the entry point of {@code minotaur.check}.
 *
 * <p>The history is prepared as Knossos does ({@link PreparedHistory}); a {@link KeyedModel} whose
 * every call touches one key is split by key (P-compositionality: a history is linearizable iff
 * every key's sub-history is), and the partitions are searched by {@link Wgl}, in parallel on a
 * shared pool when there are several of them and enough calls to pay for it, smallest first. The
 * verdict is invalid as soon as one partition is: the others are stopped, as Porcupine does, since
 * a valid partition is usually quick but an invalid one may need an exhaustive search. Otherwise it
 * is unknown if any partition hit a limit, else valid. When several partitions are invalid, which
 * one is reported depends on which search finishes first.
 */
public final class Linearizability {
  /** Below this many calls, partitions are checked in the calling thread. */
  private static final int PARALLEL_THRESHOLD = 2_000;
  private static final ForkJoinPool POOL =
      new ForkJoinPool(Runtime.getRuntime().availableProcessors());

  private Linearizability() {}

  /**
   * Checks {@code history} (ops in history order) against {@code initial}.
   *
   * @throws BadOp for a malformed history (a process invoking twice, or again after crashing, or
   *     completing without invoking) or an op the model does not know
   */
  public static CheckResult check(Model initial, List<Op> history, CheckOptions options) {
    long start = System.nanoTime();
    Budget budget = new Budget(options);
    PreparedHistory prepared = PreparedHistory.of(history);
    Map<Object, int[]> parts = partitions(initial, prepared);
    if (parts == null) {
      CheckResult r = search(initial, prepared, null, budget);
      return r.withStats(r.configs(), prepared.n, 1, System.nanoTime() - start);
    }
    List<Object> keys = new ArrayList<>(parts.keySet());
    keys.sort(java.util.Comparator.comparingInt(k -> parts.get(k).length));
    List<CheckResult> results = new ArrayList<>();
    if (options.parallelism() > 1 && prepared.n >= PARALLEL_THRESHOLD && keys.size() > 1) {
      List<Future<CheckResult>> futures = new ArrayList<>();
      for (Object key : keys) {
        futures.add(POOL.submit(() -> search(((KeyedModel) initial).restrict(key),
            prepared.subset(parts.get(key)), key, budget)));
      }
      for (Future<CheckResult> f : futures) results.add(join(f, futures));
    } else {
      for (Object key : keys) {
        CheckResult r = search(((KeyedModel) initial).restrict(key), prepared.subset(parts.get(key)), key, budget);
        results.add(r);
        if (r.isInvalid()) break;
      }
    }
    return combine(results, keys.size(), prepared.n, System.nanoTime() - start);
  }

  /** Calls grouped by key, in first-seen order; null if the model does not partition this history. */
  private static Map<Object, int[]> partitions(Model initial, PreparedHistory h) {
    if (!(initial instanceof KeyedModel keyed) || h.n == 0) return null;
    Map<Object, List<Integer>> byKey = new LinkedHashMap<>();
    Map<Object, Object> canonical = new HashMap<>();
    for (int c = 0; c < h.n; c++) {
      Object key = keyed.keyOf(h.invoke[c]);
      if (key == null) return null;
      // Keys are EDN data compared with Clojure equality; a wrapper makes HashMap agree.
      Object k = canonical.computeIfAbsent(new EdnKey(key), x -> x);
      byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
    }
    if (byKey.size() < 2) return null;
    Map<Object, int[]> out = new LinkedHashMap<>();
    for (Map.Entry<Object, List<Integer>> e : byKey.entrySet()) {
      out.put(((EdnKey) e.getKey()).value, e.getValue().stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  private static CheckResult search(Model initial, PreparedHistory h, Object key, Budget budget) {
    long start = System.nanoTime();
    Wgl wgl;
    try {
      wgl = new Wgl(h, initial, budget).run();
    } catch (OutOfMemoryError e) {
      // The budget should stop the search first; if the heap is smaller than it assumed, the
      // search's arrays are garbage now and the verdict is unknown, not a crash.
      return CheckResult.unknown(Budget.MEMORY, 0, h.n, 1, System.nanoTime() - start);
    }
    long configs = wgl.configs.size();
    long nanos = System.nanoTime() - start;
    switch (wgl.status) {
      case VALID:
        Object model = key == null ? wgl.table.model(wgl.finalState).toEdn() : null;
        return CheckResult.valid(model, configs, h.n, 1, nanos);
      case UNKNOWN:
        return CheckResult.unknown(wgl.cause, configs, h.n, 1, nanos);
      default:
        budget.decide();
        return CheckResult.invalid(wgl, new Diagnosis(wgl), key, configs, h.n, 1, nanos);
    }
  }

  private static CheckResult combine(List<CheckResult> results, int partitions, int calls, long nanos) {
    long configs = 0;
    CheckResult invalid = null;
    CheckResult unknown = null;
    for (CheckResult r : results) {
      configs += r.configs();
      if (r.isInvalid() && (invalid == null || index(r) < index(invalid))) invalid = r;
      if (r.isUnknown() && unknown == null) unknown = r;
    }
    CheckResult verdict = invalid != null ? invalid : unknown != null ? unknown
        : CheckResult.valid(null, configs, calls, partitions, nanos);
    return verdict.withStats(configs, calls, partitions, nanos);
  }

  private static long index(CheckResult r) {
    Object i = ((clojure.lang.IPersistentMap) r.op()).valAt(Keyword.intern("index"));
    return i instanceof Number n ? n.longValue() : Long.MAX_VALUE;
  }

  private static CheckResult join(Future<CheckResult> f, List<Future<CheckResult>> all) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      for (Future<CheckResult> other : all) other.cancel(true);
      Thread.currentThread().interrupt();
      return CheckResult.unknown(Budget.INTERRUPTED, 0, 0, 1, 0);
    } catch (java.util.concurrent.ExecutionException e) {
      for (Future<CheckResult> other : all) other.cancel(true);
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A key under Clojure equality, for grouping partitions in a HashMap. */
  private static final class EdnKey {
    final Object value;

    EdnKey(Object value) {
      this.value = value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof EdnKey k && clojure.lang.Util.equiv(value, k.value);
    }

    @Override
    public int hashCode() {
      return clojure.lang.Util.hasheq(value);
    }
  }
}
