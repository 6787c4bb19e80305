package minotaur.check;

import java.util.Arrays;

/**
 * The memoised configurations of a WGL search: (set of linearized calls, model state) pairs.
 *
 * <p>A linearized set L is stored compactly relative to its highest call {@code max}: every call
 * numbered above {@code max} is unlinearized, so L = [0, max] minus U, and only the sorted
 * "holes" U are stored. The search only linearizes calls invoked before the first pending
 * {@code :ok} return, so U holds just the calls pending at that point plus the crashed calls it
 * chose to skip: a few ints, where a bitset would take n bits per configuration. The hash of L is
 * a Zobrist hash (an xor of one random word per call) maintained incrementally by the search.
 *
 * <p>Entries live in parallel primitive arrays and an int arena for the holes, indexed by an
 * open-addressing table of entry numbers; nothing is boxed. Entry 0 is the initial
 * configuration. Not thread-safe: one set per search.
 */
final class ConfigSet {
  private int[] table;
  private long[] hashes;
  private int[] states;
  private int[] maxes;
  private int[] holeStart;
  private int[] holeCount;
  private int[] lastCall;
  private int[] arena;
  private int arenaSize;
  private int size;

  /** Sized for a search of {@code calls} calls: most small histories never grow it. */
  ConfigSet(int calls) {
    int entries = Integer.highestOneBit(Math.max(16, Math.min(calls * 2, 1 << 10)) * 2 - 1);
    table = new int[entries * 4];
    hashes = new long[entries];
    states = new int[entries];
    maxes = new int[entries];
    holeStart = new int[entries];
    holeCount = new int[entries];
    lastCall = new int[entries];
    arena = new int[entries * 4];
    Arrays.fill(table, -1);
  }

  int size() {
    return size;
  }

  /** Approximate bytes held, for the memory budget. */
  long bytes() {
    return table.length * 4L + hashes.length * 28L + arena.length * 4L;
  }

  /** Whether the next {@link #add} may grow an array: only then can it cross a byte budget. */
  boolean needsGrowth() {
    return (size + 1) * 2L > table.length || size + 1 > hashes.length || arenaSize + 64 > arena.length;
  }

  /** The bytes {@link #add} may need to grow to, to check against the budget beforehand. */
  long bytesAfterGrowth() {
    long b = bytes();
    if ((size + 1) * 2L > table.length) b += table.length * 4L;
    if (size + 1 > hashes.length) b += hashes.length * 28L;
    if (arenaSize + 64 > arena.length) b += arena.length * 4L;
    return b;
  }

  /**
   * Adds a configuration unless an equal one is present.
   *
   * @param hash the configuration's hash (Zobrist hash of L mixed with the state)
   * @param holes the sorted holes U; only the first {@code holeLen} are used
   * @param last the call linearized last to reach it (-1 for the initial one), for diagnosis
   * @return true if it was new
   */
  boolean add(long hash, int state, int max, int[] holes, int holeLen, int last) {
    int mask = table.length - 1;
    int i = StateTable.mix(hash) & mask;
    while (true) {
      int e = table[i];
      if (e < 0) break;
      if (hashes[e] == hash && states[e] == state && maxes[e] == max && holeCount[e] == holeLen
          && Arrays.equals(arena, holeStart[e], holeStart[e] + holeLen, holes, 0, holeLen)) {
        return false;
      }
      i = (i + 1) & mask;
    }
    if (size == hashes.length) growEntries();
    if (arenaSize + holeLen > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + holeLen));
    }
    System.arraycopy(holes, 0, arena, arenaSize, holeLen);
    hashes[size] = hash;
    states[size] = state;
    maxes[size] = max;
    holeStart[size] = arenaSize;
    holeCount[size] = holeLen;
    lastCall[size] = last;
    arenaSize += holeLen;
    table[i] = size++;
    if (size * 2 > table.length) growTable();
    return true;
  }

  int state(int entry) { return states[entry]; }
  int max(int entry) { return maxes[entry]; }
  int lastCall(int entry) { return lastCall[entry]; }
  int holeCount(int entry) { return holeCount[entry]; }
  int hole(int entry, int k) { return arena[holeStart[entry] + k]; }

  /** Is {@code call} linearized in configuration {@code entry}? */
  boolean linearized(int entry, int call) {
    if (call > maxes[entry]) return false;
    return Arrays.binarySearch(arena, holeStart[entry], holeStart[entry] + holeCount[entry], call) < 0;
  }

  private void growEntries() {
    int cap = hashes.length * 2;
    hashes = Arrays.copyOf(hashes, cap);
    states = Arrays.copyOf(states, cap);
    maxes = Arrays.copyOf(maxes, cap);
    holeStart = Arrays.copyOf(holeStart, cap);
    holeCount = Arrays.copyOf(holeCount, cap);
    lastCall = Arrays.copyOf(lastCall, cap);
  }

  private void growTable() {
    table = new int[table.length * 2];
    Arrays.fill(table, -1);
    int mask = table.length - 1;
    for (int e = 0; e < size; e++) {
      int i = StateTable.mix(hashes[e]) & mask;
      while (table[i] >= 0) i = (i + 1) & mask;
      table[i] = e;
    }
  }
}
