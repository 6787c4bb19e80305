package minotaur.check;

import clojure.lang.Keyword;
import java.util.Arrays;
import java.util.SplittableRandom;
import minotaur.model.Model;

/**
 * The linearizability search of Wing and Gong with Lowe's just-in-time linearization and
 * memoisation ("Testing for linearizability", Concurrency and Computation 2017), as in Knossos's
 * {@code knossos.wgl} and Porcupine.
 *
 * <p>The history is a doubly-linked list of events (invocations and returns, see
 * {@link PreparedHistory#events()}). Scanning from the head, an invocation whose operation the
 * model accepts is linearized: the call is pushed on a stack with the previous state, its two
 * events are unlinked (dancing links: they keep their own pointers, so unlinking is undone in
 * O(1)), and the scan restarts at the head. Reaching the return of an {@code :ok} call means that
 * call could not be linearized before it returned: backtrack by popping the last linearized call,
 * relinking it and trying the invocation after it. Reaching the return of a crashed call means
 * every {@code :ok} call is linearized (crashed returns are last): the history is linearizable;
 * crashed calls left in the list are the ones that never took effect. An empty stack at a dead
 * end means it is not.
 *
 * <p>Before linearizing, the resulting configuration (linearized set, model state) is looked up in
 * a {@link ConfigSet}: if it was reached before, its whole subtree was explored, so the search
 * moves on. The linearized set is kept as {@code max} (highest linearized call) and the sorted
 * holes below it, updated in place and undone on backtrack; see {@link ConfigSet}.
 *
 * <p>A partial-order reduction prunes read-only calls, which the model declares
 * ({@link Model#preservesState}: reads, a CAS from a value to itself): if such a call r can be
 * linearized in state s, it is linearized at once and never skipped. Whatever linearization
 * exists from (L, s) with r later also works with r moved to the front: r leaves every state as
 * it is (being merely unchanged in s is not enough: a write of the current value is not
 * read-only), and nothing still unlinearized returned before r was invoked
 * (the scan has met no return before r's invocation). So (L, s) succeeds iff (L + r, s) does, and
 * when the latter fails (explored, or found in the cache) the search backtracks past r's
 * predecessor as well. For register histories this removes the branching over which pending
 * reads to linearize, half of the calls. The explored configurations are a subset of the
 * unreduced search's, each unreduced one having a reduced one with the same state and a superset
 * of its calls, so {@link Diagnosis} finds the same furthest op.
 *
 * <p>A symmetry reduction prunes equivalent calls: two calls a and b of the same operation class
 * (same {@code :f} and value, so the same step in every state), both invoked, neither
 * linearized, with a returning no later than b. Then (L + b, s') succeeds only if (L + a, s')
 * does: swap a and b in any linearization from the former; b takes a's place, which is before
 * a's return and so before b's. So b is not tried while such a rival a is pending: the search
 * from (L, s) tries a, met earlier in the scan since it was invoked first. Rivals are found
 * among the few same-class calls invoked just before (any subset of rivals is sound); for
 * register histories with many processes writing few values this prunes most orders of writes.
 * The swap maps each pruned configuration to a kept one that is as far along, so diagnosis
 * is unchanged.
 */
final class Wgl {
  enum Status { VALID, INVALID, UNKNOWN }

  private static final int POLL_MASK = (1 << 12) - 1;
  /** How far the rival search looks; any bound is sound, a larger one prunes more. */
  private static final int RIVAL_SEARCH = 8;

  final PreparedHistory history;
  final StateTable table;
  final ConfigSet configs;
  private final Budget budget;
  private final long[] zobrist;
  private final int[] rival;

  Status status;
  Keyword cause;
  /** The final state when valid. */
  int finalState;

  Wgl(PreparedHistory history, Model initial, Budget budget) {
    this.history = history;
    this.table = new StateTable(initial, history.invoke);
    this.configs = new ConfigSet(history.n);
    this.budget = budget;
    // A fixed seed: the same history explores configurations in the same order every run.
    SplittableRandom random = new SplittableRandom(0x5eed_1e55L);
    zobrist = new long[history.n];
    for (int i = 0; i < zobrist.length; i++) zobrist[i] = random.nextLong();
    rival = rivals(history, table);
  }

  /**
   * For each call, an earlier-invoked call of the same operation class that returns no later
   * (crashed calls return never), or -1; found among the few previous calls of its class.
   */
  private static int[] rivals(PreparedHistory h, StateTable table) {
    int[] lastOfClass = new int[table.classCount()];
    Arrays.fill(lastOfClass, -1);
    int[] previous = new int[h.n];
    int[] rival = new int[h.n];
    for (int c = 0; c < h.n; c++) {
      int k = table.opClass(c);
      previous[c] = lastOfClass[k];
      lastOfClass[k] = c;
      rival[c] = -1;
      int r = previous[c];
      for (int tries = 0; r >= 0 && tries < RIVAL_SEARCH; r = previous[r], tries++) {
        if (h.returnPos[r] <= h.returnPos[c]) {
          rival[c] = r;
          break;
        }
      }
    }
    return rival;
  }

  /** Whether call has a rival (or a rival's rival...) that is not linearized yet. */
  private boolean dominated(int call, boolean[] linearized) {
    int r = rival[call];
    for (int tries = 0; r >= 0 && tries < RIVAL_SEARCH; r = rival[r], tries++) {
      if (!linearized[r]) return true;
    }
    return false;
  }

  static long configHash(long linearizedHash, int state) {
    return linearizedHash ^ (state * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
  }

  /** Runs the search to a verdict or a limit; sets {@link #status}. */
  Wgl run() {
    int n = history.n;
    int head = 2 * n;
    int[] next = new int[2 * n + 1];
    int[] prev = new int[2 * n + 1];
    int[] events = history.events();
    int before = head;
    for (int e : events) {
      next[before] = e;
      prev[e] = before;
      before = e;
    }
    next[before] = -1;

    int[] stackCall = new int[n];
    int[] stackState = new int[n];
    int[] stackMax = new int[n];
    int[] stackHole = new int[n];
    boolean[] stackFree = new boolean[n];
    boolean[] linearized = new boolean[n];
    int depth = 0;

    int[] holes = new int[16];
    int holeLen = 0;
    int max = -1;
    long hash = 0;
    int state = 0;
    configs.add(configHash(0, 0), 0, -1, holes, 0, -1);

    boolean[] ok = history.ok;
    long steps = 0;
    int e = next[head];
    while (true) {
      if ((++steps & POLL_MASK) == 0) {
        Keyword stop = budget.exceeded();
        if (stop != null) return stop(stop);
      }
      if (e < 0) return valid(state);
      int call = e >> 1;
      boolean dead;
      if ((e & 1) == 0) {
        if (dominated(call, linearized)) {
          e = next[e];
          continue;
        }
        int after = table.step(state, call);
        if (after < 0) {
          e = next[e];
          continue;
        }
        // A call that leaves the state as it is (a read) is linearized now and never skipped:
        // moving it to the front of any linearization from here keeps that linearization legal.
        boolean free = table.preservesState(call);
        // Tentatively add call to L: either fill its hole, or raise max and open holes for
        // every call between the old max and it (none of them is linearized).
        int oldMax = max;
        int holeAt;
        if (call > max) {
          holeAt = -1;
          int gap = call - max - 1;
          if (holeLen + gap > holes.length) holes = Arrays.copyOf(holes, Math.max(holes.length * 2, holeLen + gap));
          for (int c = max + 1; c < call; c++) holes[holeLen++] = c;
          max = call;
        } else {
          holeAt = Arrays.binarySearch(holes, 0, holeLen, call);
          System.arraycopy(holes, holeAt + 1, holes, holeAt, holeLen - holeAt - 1);
          holeLen--;
        }
        long h = hash ^ zobrist[call];
        if (configs.size() >= budget.maxConfigs) return stop(Budget.MAX_CONFIGS);
        if (configs.needsGrowth() && configs.bytesAfterGrowth() + table.bytes() > budget.maxBytes) {
          return stop(Budget.MEMORY);
        }
        if (configs.add(configHash(h, after), after, max, holes, holeLen, call)) {
          stackCall[depth] = call;
          stackState[depth] = state;
          stackMax[depth] = oldMax;
          stackHole[depth] = holeAt;
          stackFree[depth] = free;
          linearized[call] = true;
          depth++;
          state = after;
          hash = h;
          unlink(next, prev, 2 * call);
          unlink(next, prev, 2 * call + 1);
          e = next[head];
          continue;
        }
        holeLen = undo(holes, holeLen, call, oldMax, holeAt);
        max = oldMax;
        // Seen before, so explored without success. For a free call, so is this configuration.
        dead = free;
      } else if (ok[call]) {
        dead = true;
      } else {
        return valid(state);
      }
      if (!dead) {
        e = next[e];
        continue;
      }
      // Backtrack: undo the last linearized call and try the invocation after it; a free call's
      // configuration without it is no better, so undo the call before it too.
      boolean free;
      int undone;
      do {
        if (depth == 0) {
          status = Status.INVALID;
          return this;
        }
        depth--;
        undone = stackCall[depth];
        linearized[undone] = false;
        state = stackState[depth];
        hash ^= zobrist[undone];
        holeLen = undo(holes, holeLen, undone, stackMax[depth], stackHole[depth]);
        max = stackMax[depth];
        relink(next, prev, 2 * undone + 1);
        relink(next, prev, 2 * undone);
        free = stackFree[depth];
      } while (free);
      e = next[2 * undone];
    }
  }

  /** Takes {@code call} back out of L: reopen its hole, or drop the holes its max opened. */
  private static int undo(int[] holes, int holeLen, int call, int oldMax, int holeAt) {
    if (holeAt < 0) return holeLen - (call - oldMax - 1);
    System.arraycopy(holes, holeAt, holes, holeAt + 1, holeLen - holeAt);
    holes[holeAt] = call;
    return holeLen + 1;
  }

  private static void unlink(int[] next, int[] prev, int e) {
    int p = prev[e];
    int q = next[e];
    next[p] = q;
    if (q >= 0) prev[q] = p;
  }

  private static void relink(int[] next, int[] prev, int e) {
    int p = prev[e];
    int q = next[e];
    next[p] = e;
    if (q >= 0) prev[q] = e;
  }

  private Wgl valid(int state) {
    status = Status.VALID;
    finalState = state;
    return this;
  }

  private Wgl stop(Keyword why) {
    status = Status.UNKNOWN;
    cause = why;
    return this;
  }
}
