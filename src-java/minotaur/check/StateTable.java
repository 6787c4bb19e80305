package minotaur.check;

import clojure.lang.Keyword;
import clojure.lang.Util;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minotaur.history.Op;
import minotaur.model.Model;

/**
 * Model states and operations as small integers, so the search compares ints, not values.
 *
 * <p>Equal model states (by {@code equals}) get one id; calls with equal {@code :f} and value
 * (Clojure {@code =}) share an operation class. {@link #step} memoises the transition of a (state,
 * class) pair in an open-addressing long-to-int table, so each distinct transition runs the
 * model's {@code step} once, like Knossos's {@code knossos.model.memo}. Not thread-safe: one table
 * per search.
 */
final class StateTable {
  static final int INCONSISTENT = -1;
  private static final int MISSING = -2;

  private final List<Model> states = new ArrayList<>();
  private final Map<Model, Integer> ids = new HashMap<>();
  private final Op[] representative;
  private final int[] opClass;
  private final boolean[] classPreserves;

  private long[] keys;
  private int[] targets;
  private int size;

  StateTable(Model initial, Op[] calls) {
    intern(initial);
    opClass = new int[calls.length];
    Map<OpKey, Integer> classes = new HashMap<>();
    List<Op> reps = new ArrayList<>();
    for (int c = 0; c < calls.length; c++) {
      OpKey k = new OpKey(calls[c].f(), calls[c].value());
      Integer id = classes.get(k);
      if (id == null) {
        id = reps.size();
        classes.put(k, id);
        reps.add(calls[c]);
      }
      opClass[c] = id;
    }
    representative = reps.toArray(new Op[0]);
    int slots = Integer.highestOneBit(Math.max(16, Math.min(calls.length * 4, 1 << 10)) * 2 - 1);
    keys = new long[slots];
    targets = new int[slots];
    classPreserves = new boolean[representative.length];
    for (int k = 0; k < representative.length; k++) classPreserves[k] = initial.preservesState(representative[k]);
    Arrays.fill(keys, -1L);
  }

  int intern(Model m) {
    Integer id = ids.get(m);
    if (id != null) return id;
    int next = states.size();
    states.add(m);
    ids.put(m, next);
    return next;
  }

  Model model(int state) {
    return states.get(state);
  }

  int opClass(int call) {
    return opClass[call];
  }

  int classCount() {
    return representative.length;
  }

  /** Whether the model declares call {@code call} read-only ({@link Model#preservesState}). */
  boolean preservesState(int call) {
    return classPreserves[opClass[call]];
  }

  /** The state after call {@code call} from {@code state}, or {@link #INCONSISTENT}. */
  int step(int state, int call) {
    int cls = opClass[call];
    long key = ((long) state << 32) | cls;
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) return targets[i];
      if (k == -1L) break;
      i = (i + 1) & mask;
    }
    Op op = representative[cls];
    Model next;
    try {
      next = states.get(state).stepIfConsistent(op);
    } catch (BadOp e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new BadOp(op.index(), "op at index " + op.index() + ": " + e.getMessage());
    } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
      // A model reads :value as the shape its ops have (e.g. [old new] for a cas); any other
      // shape (another type, too short a vector) is bad input, not a checker failure.
      throw new BadOp(op.index(), "op at index " + op.index() + ": a " + (op.f() == null ? "nil" : op.f())
          + " whose :value " + shortEdn(op.value()) + " this model cannot take");
    }
    int target = next == null ? INCONSISTENT : intern(next);
    keys[i] = key;
    targets[i] = target;
    if (++size * 2 > keys.length) grow();
    return target;
  }

  /** Approximate bytes held, for the memory budget. */
  long bytes() {
    return keys.length * 12L + states.size() * 96L;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldTargets = targets;
    keys = new long[oldKeys.length * 2];
    targets = new int[oldKeys.length * 2];
    Arrays.fill(keys, -1L);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] == -1L) continue;
      int i = mix(oldKeys[j]) & mask;
      while (keys[i] != -1L) i = (i + 1) & mask;
      keys[i] = oldKeys[j];
      targets[i] = oldTargets[j];
    }
  }

  static int mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (int) h;
  }

  /** An operation's identity for the model: its :f and value under Clojure equality. */
  private record OpKey(Keyword f, Object value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof OpKey k && f == k.f && Util.equiv(value, k.value);
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(f) + Util.hasheq(value);
    }
  }

  private static String shortEdn(Object value) {
    String s = minotaur.history.Edn.print(value);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
