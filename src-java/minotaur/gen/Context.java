package minotaur.gen;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import minotaur.history.Op;

/**
 * What a generator sees when asked for an operation: the time, the threads it may use, which of
 * them are free, the process each thread runs now, and the run's seeded random source.
 *
 * <p>Threads are the runner's fixed worker slots: integers {@code 0..concurrency-1} for clients
 * and the keyword {@code :nemesis}. A thread runs one process at a time; when an op times out
 * the thread's process becomes {@code process + concurrency} (Jepsen's rule), the thread stays.
 * Combinators such as {@link Gen#onThreads} hand their child a restricted context that holds only
 * some threads.
 *
 * <p>Immutable except for the random source, which the interpreter owns and consults in a single
 * thread, so that a seed replays the same choices.
 */
public final class Context {
  private final long time;
  private final RandomGenerator random;
  private final Object[] threads;
  private final Object[] processes;
  private final BitSet present;
  private final BitSet free;

  private Context(long time, RandomGenerator random, Object[] threads, Object[] processes,
      BitSet present, BitSet free) {
    this.time = time;
    this.random = random;
    this.threads = threads;
    this.processes = processes;
    this.present = present;
    this.free = free;
  }

  /**
   * A context at time 0 with client threads {@code 0..concurrency-1} (running processes of the
   * same numbers), plus the {@code :nemesis} thread if asked, all free.
   */
  public static Context create(int concurrency, boolean nemesis, RandomGenerator random) {
    if (concurrency < 0) throw new IllegalArgumentException("concurrency < 0: " + concurrency);
    int n = concurrency + (nemesis ? 1 : 0);
    Object[] threads = new Object[n];
    for (int i = 0; i < concurrency; i++) threads[i] = i;
    if (nemesis) threads[concurrency] = Op.NEMESIS;
    BitSet all = new BitSet(n);
    all.set(0, n);
    return new Context(0, Objects.requireNonNull(random, "random"), threads, threads.clone(),
        all, (BitSet) all.clone());
  }

  /** A context seeded with {@code seed} (a {@link SplittableRandom}). */
  public static Context create(int concurrency, boolean nemesis, long seed) {
    return create(concurrency, nemesis, new SplittableRandom(seed));
  }

  /** Nanoseconds since the run started. */
  public long time() { return time; }

  /** The run's seeded random source; generators draw every random choice from it. */
  public RandomGenerator random() { return random; }

  /** Number of client threads of the whole run (the {@code concurrency} of Jepsen). */
  public int concurrency() {
    int n = threads.length;
    return n > 0 && threads[n - 1] == Op.NEMESIS ? n - 1 : n;
  }

  /** The threads in this context, clients in order then {@code :nemesis}. */
  public List<Object> threads() { return select(present); }

  /** The free threads in this context, in the same order. */
  public List<Object> freeThreads() { return select(free); }

  public boolean hasFreeThread() { return !free.isEmpty(); }

  /** True when every thread in this context is free (no op of theirs in flight). */
  public boolean allFree() { return free.equals(present); }

  public boolean isFree(Object thread) {
    int i = indexOf(thread);
    return i >= 0 && free.get(i);
  }

  /** The process thread {@code thread} runs now, or null if the thread is not in this context. */
  public Object process(Object thread) {
    int i = indexOf(thread);
    return i < 0 ? null : processes[i];
  }

  /** The thread in this context running {@code process}, or null. */
  public Object thread(Object process) {
    for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
      if (processes[i].equals(process)) return threads[i];
    }
    return null;
  }

  /** A free thread's process, chosen uniformly with the random source; null if none is free. */
  public Object someFreeProcess() {
    int n = free.cardinality();
    if (n == 0) return null;
    int k = n == 1 ? 0 : random.nextInt(n);
    int i = free.nextSetBit(0);
    while (k-- > 0) i = free.nextSetBit(i + 1);
    return processes[i];
  }

  /** This context with only the threads satisfying {@code keep}. */
  public Context restrict(Predicate<Object> keep) {
    BitSet p = new BitSet(threads.length);
    for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
      if (keep.test(threads[i])) p.set(i);
    }
    BitSet f = (BitSet) free.clone();
    f.and(p);
    return new Context(time, random, threads, processes, p, f);
  }

  public Context withTime(long t) {
    return new Context(t, random, threads, processes, present, free);
  }

  /** Marks {@code thread} busy (an op of its process is in flight). */
  public Context busy(Object thread) {
    BitSet f = (BitSet) free.clone();
    f.clear(requireIndex(thread));
    return new Context(time, random, threads, processes, present, f);
  }

  /** Marks {@code thread} free. */
  public Context free(Object thread) {
    int i = requireIndex(thread);
    BitSet f = (BitSet) free.clone();
    if (present.get(i)) f.set(i);
    return new Context(time, random, threads, processes, present, f);
  }

  /** {@code thread} now runs {@code process} (after its previous process crashed). */
  public Context withProcess(Object thread, Object process) {
    Object[] ps = processes.clone();
    ps[requireIndex(thread)] = process;
    return new Context(time, random, threads, ps, present, free);
  }

  private int indexOf(Object thread) {
    for (int i = 0; i < threads.length; i++) {
      if (threads[i].equals(thread)) return present.get(i) ? i : -1;
    }
    return -1;
  }

  private int requireIndex(Object thread) {
    for (int i = 0; i < threads.length; i++) {
      if (threads[i].equals(thread)) return i;
    }
    throw new IllegalArgumentException("no thread " + thread);
  }

  private List<Object> select(BitSet bits) {
    List<Object> out = new ArrayList<>(bits.cardinality());
    for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) out.add(threads[i]);
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "Context{time=" + time + ", threads=" + threads() + ", free=" + freeThreads() + "}";
  }
}
