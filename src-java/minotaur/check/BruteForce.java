package minotaur.check;

import java.util.List;
import minotaur.history.Op;
import minotaur.model.Model;

/**
 * A reference checker for small histories: enumerates every sequence of calls consistent with
 * real-time order (a call may come next only once every {@code :ok} call that returned before
 * it was invoked has been placed), stepping the model along, until one contains every {@code :ok}
 * call; crashed calls may be placed or left out. No memoisation and no cleverness: exponential,
 * and meant only to cross-check {@link Linearizability} on histories of about ten calls.
 * Preparation (dropping {@code :fail}s, copying {@code :ok} values) is shared with it.
 */
public final class BruteForce {
  private BruteForce() {}

  /** True if {@code history} is linearizable with respect to {@code initial}. */
  public static boolean check(Model initial, List<Op> history) {
    PreparedHistory h = PreparedHistory.of(history);
    if (h.n > 16) throw new IllegalArgumentException("brute force is for small histories: " + h.n + " calls");
    return search(h, initial, new boolean[h.n], h.okCount());
  }

  private static boolean search(PreparedHistory h, Model model, boolean[] placed, int okLeft) {
    if (okLeft == 0) return true;
    for (int c = 0; c < h.n; c++) {
      if (placed[c] || !mayComeNext(h, placed, c)) continue;
      Model next = model.step(h.invoke[c]);
      if (next.isInconsistent()) continue;
      placed[c] = true;
      boolean found = search(h, next, placed, okLeft - (h.ok[c] ? 1 : 0));
      placed[c] = false;
      if (found) return true;
    }
    return false;
  }

  private static boolean mayComeNext(PreparedHistory h, boolean[] placed, int c) {
    for (int d = 0; d < h.n; d++) {
      if (!placed[d] && h.ok[d] && h.returnPos[d] < h.invokePos[c]) return false;
    }
    return true;
  }
}
