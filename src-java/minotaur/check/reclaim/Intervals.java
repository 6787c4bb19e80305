package minotaur.check.reclaim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minotaur.history.Op;

/**
 * A history's client ops as intervals: each invocation with its completion (null if none) and
 * their positions in the history. Positions order events as the recorder saw them.
 */
final class Intervals {
  /** One op; {@code end} is {@link Integer#MAX_VALUE} when it never completed. */
  record Interval(Op invoke, Op completion, int start, int end) {
    boolean ok() {
      return completion != null && completion.isOk();
    }

    /** Did it possibly take effect (ok or indeterminate)? */
    boolean mayHaveHappened() {
      return completion == null || !completion.isFail();
    }
  }

  private Intervals() {}

  /** The client ops of {@code history} in invocation order. */
  static List<Interval> of(List<Op> history) {
    List<Interval> out = new ArrayList<>();
    Map<Object, Integer> open = new HashMap<>(); // process -> index in out
    for (int i = 0; i < history.size(); i++) {
      Op op = history.get(i);
      if (!op.isClient()) continue;
      if (op.isInvoke()) {
        open.put(op.process(), out.size());
        out.add(new Interval(op, null, i, Integer.MAX_VALUE));
      } else {
        Integer k = open.remove(op.process());
        if (k == null) continue; // a completion without invocation: not ours to judge here
        Interval inv = out.get(k);
        out.set(k, new Interval(inv.invoke(), op, inv.start(), i));
      }
    }
    return out;
  }
}
