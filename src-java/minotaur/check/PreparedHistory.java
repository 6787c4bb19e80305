package minotaur.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.HistoryException;
import minotaur.history.Op;

/**
 * A history reduced to calls ({@link History#calls()}), with Knossos's preprocessing
 * ({@code knossos.history/preprocess}): ops of non-client processes (the nemesis) are ignored; each {@code :ok} value is copied into
 * its invocation (we learn what a read returned only at completion); {@code :fail} ops and their
 * invocations are dropped (they did not happen); an {@code :info} completion makes its call
 * crashed: it may take effect at any point after its invocation, or never; an invocation still
 * open at the end is crashed too. A process that crashed never invokes again, and a process runs
 * one call at a time; a history breaking either rule is rejected.
 *
 * <p>Calls are numbered 0..n-1 in invocation order. {@link #events()} is the order of the search's
 * event list: invocations and {@code :ok} returns in history order, then the returns of crashed
 * calls, which have no place in real time (Knossos's dll-history puts infos last too). An event is
 * encoded {@code 2*call} for the invocation and {@code 2*call+1} for the return.
 */
final class PreparedHistory {
  final int n;
  /** The invocation of each call, carrying the completed value. */
  final Op[] invoke;
  /** The completion: the {@code :ok} or {@code :info} op; null for a call never completed. */
  final Op[] completion;
  final boolean[] ok;
  /** Position of the invocation and of the completion in the input list (crashed: MAX_VALUE). */
  final int[] invokePos;
  final int[] returnPos;
  /** Rank of each ok call in completion order (Knossos's entry id), -1 for crashed calls. */
  final int[] okRank;
  /** The ok call of each rank. */
  final int[] byOkRank;
  private final int[] events;

  /** The calls, as {@link minotaur.history.History#calls()} gave them, for {@link #subset}. */
  private final List<Call> calls;

  private PreparedHistory(List<Call> calls) {
    this.calls = calls;
    n = calls.size();
    invoke = new Op[n];
    completion = new Op[n];
    ok = new boolean[n];
    invokePos = new int[n];
    returnPos = new int[n];
    okRank = new int[n];
    for (int i = 0; i < n; i++) {
      Call c = calls.get(i);
      ok[i] = c.ok();
      invoke[i] = ok[i] ? c.invoke().withValue(c.completion().value()) : c.invoke();
      completion[i] = c.completion();
      invokePos[i] = c.invokeAt();
      returnPos[i] = ok[i] ? c.completionAt() : Integer.MAX_VALUE;
    }
    // Events sorted by position; crashed returns go last, in invocation order.
    int okCount = 0;
    for (boolean b : ok) if (b) okCount++;
    long[] keyed = new long[2 * n];
    for (int i = 0; i < n; i++) {
      keyed[2 * i] = ((long) invokePos[i] << 32) | (2L * i);
      long ret = ok[i] ? returnPos[i] : Integer.MAX_VALUE;
      keyed[2 * i + 1] = (ret << 32) | (2L * i + 1);
    }
    java.util.Arrays.sort(keyed);
    events = new int[2 * n];
    byOkRank = new int[okCount];
    java.util.Arrays.fill(okRank, -1);
    int rank = 0;
    for (int k = 0; k < keyed.length; k++) {
      int e = (int) keyed[k];
      events[k] = e;
      if ((e & 1) == 1 && ok[e >> 1]) {
        okRank[e >> 1] = rank;
        byOkRank[rank++] = e >> 1;
      }
    }
  }

  /** The event list order (see the class comment). */
  int[] events() {
    return events;
  }

  int okCount() {
    return byOkRank.length;
  }

  /** The sub-history of the given calls (ascending), for checking one partition. */
  PreparedHistory subset(int[] callIds) {
    List<Call> sub = new ArrayList<>(callIds.length);
    for (int c : callIds) sub.add(calls.get(c));
    return new PreparedHistory(sub);
  }

  /**
   * Prepares a history: its {@linkplain History#calls() calls} without the {@code :fail} ones.
   *
   * @throws BadOp naming the op's index, for a history no process could have produced (a process
   *     invoking twice, completing without invoking, or invoking again after it crashed)
   */
  static PreparedHistory of(List<Op> history) {
    History h;
    try {
      h = History.from(history);
    } catch (HistoryException e) {
      int at = e.line() - 1; // History.of numbers a list's ops from line 1
      Op op = history.get(at);
      throw bad(op.index() >= 0 ? op : op.withIndex(at), at, e.reason());
    }
    Map<Object, Call> crashed = new HashMap<>();
    List<Call> calls = new ArrayList<>();
    for (Call c : h.calls()) {
      Call crash = crashed.get(c.process());
      if (crash != null) {
        throw bad(c.invoke(), c.invokeAt(), "process " + c.process() + " invoked again after its :info op at index "
            + crash.completion().index() + " (a crashed process never invokes again)");
      }
      if (c.failed()) continue;
      if (c.completed() && c.indeterminate()) crashed.put(c.process(), c);
      calls.add(c);
    }
    return new PreparedHistory(calls);
  }

  private static String where(Op op, int pos) {
    return "at index " + (op.index() >= 0 ? op.index() : pos);
  }

  private static BadOp bad(Op op, int pos, String message) {
    return new BadOp(op.index() >= 0 ? op.index() : pos, "op " + where(op, pos) + ": " + message + ": " + op);
  }
}
