package minotaur.check.exclusion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minotaur.history.Op;

/**
 * One client operation of a history: its invocation and its completion (null if the history ends
 * first), with their positions in the history. Positions, not {@code :index}, give the order,
 * since the recorder appends in real-time order.
 */
record Call(Op invoke, int invokeAt, Op completion, int completionAt) {
  /** True if it completed {@code :ok}. */
  boolean ok() { return completion != null && completion.isOk(); }

  /** True if it completed {@code :info} or never completed: it may or may not have taken effect. */
  boolean indeterminate() { return completion == null || completion.isInfo(); }

  /** The client calls of {@code history}, in invocation order (nemesis ops skipped). */
  static List<Call> of(List<Op> history) {
    List<Call> calls = new ArrayList<>();
    Map<Object, Integer> open = new HashMap<>();
    for (int i = 0; i < history.size(); i++) {
      Op op = history.get(i);
      if (!op.isClient()) continue;
      if (op.isInvoke()) {
        open.put(op.process(), calls.size());
        calls.add(new Call(op, i, null, -1));
      } else {
        Integer c = open.remove(op.process());
        if (c == null) continue; // a completion with no invocation: HistoryReader rejects these
        Call call = calls.get(c);
        calls.set(c, new Call(call.invoke, call.invokeAt, op, i));
      }
    }
    return calls;
  }
}
