package minotaur.check;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.PersistentVector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import minotaur.model.Model;

/**
 * Explains a failed search the way Knossos's {@code knossos.wgl/invalid-analysis} does.
 *
 * <p>The op that could not be linearized is the {@code :ok} call of the lowest completion rank
 * that the furthest configuration still left unlinearized (Knossos: one past the highest
 * contiguous linearized entry id over all configurations); the previous ok is the {@code :ok}
 * completion just before it in the history. From each configuration that got that far, the
 * final paths apply the calls still pending at that op, in every order of every subset (fewest
 * first), followed by the op itself, each path ending at the first inconsistency. Knossos
 * enumerates all of them; here the pending calls, configurations and paths are capped so that a
 * diagnosis of a 20-process history stays small and quick.
 */
final class Diagnosis {
  private static final Keyword OP = Keyword.intern("op");
  private static final Keyword MODEL = Keyword.intern("model");
  private static final Keyword LAST_OP = Keyword.intern("last-op");
  private static final Keyword PENDING = Keyword.intern("pending");
  private static final int MAX_CONFIGS = 8;
  private static final int MAX_PATHS = 12;
  private static final int MAX_PENDING = 6;

  final int finalCall;
  final int previousOkCall;
  final int lastCall;
  final List<Object> finalPaths = new ArrayList<>();
  final List<Object> configSample = new ArrayList<>();

  Diagnosis(Wgl search) {
    PreparedHistory h = search.history;
    ConfigSet configs = search.configs;
    int[] suffixMinRank = suffixMinOkRank(h);
    int furthest = -1;
    int[] frontier = new int[configs.size()];
    for (int entry = 0; entry < configs.size(); entry++) {
      frontier[entry] = frontierRank(h, configs, entry, suffixMinRank);
      furthest = Math.max(furthest, frontier[entry]);
    }
    finalCall = h.byOkRank[furthest];
    previousOkCall = furthest > 0 ? h.byOkRank[furthest - 1] : -1;

    List<Integer> sample = new ArrayList<>();
    for (int entry = 0; entry < configs.size() && sample.size() < MAX_CONFIGS; entry++) {
      if (frontier[entry] == furthest) sample.add(entry);
    }
    lastCall = configs.lastCall(sample.get(0));
    Set<Object> paths = new LinkedHashSet<>();
    for (int entry : sample) {
      List<Integer> pending = pendingAt(h, configs, entry, finalCall);
      configSample.add(config(search, entry, pending));
      List<Integer> others = new ArrayList<>();
      for (int c : pending) {
        if (c != finalCall && !h.invoke[c].process().equals(h.invoke[finalCall].process())
            && others.size() < MAX_PENDING) {
          others.add(c);
        }
      }
      paths(search, entry, others, paths);
    }
    finalPaths.addAll(paths);
  }

  /** The lowest ok rank unlinearized in a configuration: how far it got. */
  private static int frontierRank(PreparedHistory h, ConfigSet configs, int entry, int[] suffixMin) {
    int max = configs.max(entry);
    int rank = max + 1 < suffixMin.length ? suffixMin[max + 1] : Integer.MAX_VALUE;
    for (int k = 0; k < configs.holeCount(entry); k++) {
      int c = configs.hole(entry, k);
      if (h.ok[c]) rank = Math.min(rank, h.okRank[c]);
    }
    return rank;
  }

  private static int[] suffixMinOkRank(PreparedHistory h) {
    int[] min = new int[h.n + 1];
    min[h.n] = Integer.MAX_VALUE;
    for (int c = h.n - 1; c >= 0; c--) min[c] = Math.min(min[c + 1], h.ok[c] ? h.okRank[c] : Integer.MAX_VALUE);
    return min;
  }

  /** Calls invoked before the final op returned, not yet returned then, and not linearized. */
  private static List<Integer> pendingAt(PreparedHistory h, ConfigSet configs, int entry, int finalCall) {
    int at = h.returnPos[finalCall];
    List<Integer> pending = new ArrayList<>();
    for (int c = 0; c < h.n && h.invokePos[c] < at; c++) {
      if (h.returnPos[c] >= at && !configs.linearized(entry, c)) pending.add(c);
    }
    return pending;
  }

  private Object config(Wgl search, int entry, List<Integer> pending) {
    PreparedHistory h = search.history;
    List<Object> invokes = new ArrayList<>();
    for (int c : pending) invokes.add(h.invoke[c].toMap());
    int last = search.configs.lastCall(entry);
    IPersistentMap m = PersistentArrayMap.EMPTY
        .assoc(MODEL, search.table.model(search.configs.state(entry)).toEdn());
    if (last >= 0) m = m.assoc(LAST_OP, completion(h, last));
    return m.assoc(PENDING, PersistentVector.create(invokes));
  }

  private void paths(Wgl search, int entry, List<Integer> others, Set<Object> out) {
    PreparedHistory h = search.history;
    Model start = search.table.model(search.configs.state(entry));
    int last = search.configs.lastCall(entry);
    Object prefix = last < 0 ? null : transition(completion(h, last), start);
    // Subsets by increasing size, each in every order: the shortest explanations first.
    for (int size = 0; size <= others.size() && out.size() < MAX_PATHS; size++) {
      permutations(others, size, new ArrayList<>(), new boolean[others.size()], order -> {
        List<Object> path = new ArrayList<>();
        if (prefix != null) path.add(prefix);
        Model m = start;
        List<Integer> calls = new ArrayList<>(order);
        calls.add(finalCall);
        for (int c : calls) {
          m = m.step(h.invoke[c]);
          path.add(transition(completion(h, c), m));
          if (m.isInconsistent()) break;
        }
        if (out.size() < MAX_PATHS) out.add(PersistentVector.create(path));
      });
    }
  }

  private interface Visit {
    void accept(List<Integer> order);
  }

  private static void permutations(List<Integer> items, int size, List<Integer> chosen, boolean[] used, Visit visit) {
    if (chosen.size() == size) {
      visit.accept(chosen);
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      if (used[i]) continue;
      used[i] = true;
      chosen.add(items.get(i));
      permutations(items, size, chosen, used, visit);
      chosen.remove(chosen.size() - 1);
      used[i] = false;
    }
  }

  private static Object transition(Object op, Model model) {
    return PersistentArrayMap.EMPTY.assoc(OP, op).assoc(MODEL, model.toEdn());
  }

  /** A call as Knossos renders it: its completion, or its invocation if it never completed. */
  static Object completion(PreparedHistory h, int call) {
    return (h.completion[call] != null ? h.completion[call] : h.invoke[call]).toMap();
  }
}
