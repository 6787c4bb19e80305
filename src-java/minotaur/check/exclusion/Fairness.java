package minotaur.check.exclusion;

import clojure.lang.Keyword;
import java.util.List;
import java.util.TreeMap;
import minotaur.check.Verdict;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * Fairness of a lock, measured and reported, never failed (PROPERTIES X4): acquisitions per
 * process and the longest wait from an {@code :acquire} invocation to its {@code :ok}, in
 * nanoseconds of the ops' {@code :time}.
 */
public final class Fairness {
  private static final Keyword ACQUIRE = Keyword.intern("acquire");

  private Fairness() {}

  public static Verdict measure(List<Op> history) {
    TreeMap<Integer, Long> acquisitions = new TreeMap<>();
    TreeMap<Integer, Long> longest = new TreeMap<>();
    long max = 0;
    for (Call c : History.from(history).calls()) {
      if (!ACQUIRE.equals(c.invoke().f()) || !c.ok()) continue;
      int p = c.invoke().processId();
      acquisitions.merge(p, 1L, Long::sum);
      long t0 = c.invoke().time();
      long t1 = c.completion().time();
      if (t0 >= 0 && t1 >= t0) {
        longest.merge(p, t1 - t0, Math::max);
        max = Math.max(max, t1 - t0);
      }
    }
    return Verdict.holds(true).detail("acquisitions", acquisitions).detail("longest-wait-ns", longest)
        .detail("max-wait-ns", max).build();
  }
}
