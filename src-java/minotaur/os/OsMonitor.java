package minotaur.os;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * What the real-thread OS ({@link Os#jvm()}) is doing: which threads are blocked in a wait now, on
 * what and since when (for the runner's quiescence phase and the lost-wakeup checker), and how each
 * finished wait ended (counters, the calling thread's last wait, and an optional listener).
 *
 * <p>A thread appears in {@link #blocked()} from the moment it is queued on a primitive (under that
 * primitive's monitor, so a wake issued after the thread shows up here reaches it) until its wait
 * returns or throws.
 *
 * <p>For telling a hang from a slow run: {@link #epoch()} counts every entry into and exit from a
 * wait, and {@link #waitersSince} lists the live threads that have blocked here lately. If, between two
 * reads of the epoch that agree, every thread of interest was seen {@linkplain
 * BlockedWait#unreleased() unreleased}, none of them can wake another: a thread that wakes a
 * waiter is running at that moment, so it must leave a wait before (it was seen blocked earlier)
 * or enter one after (it is seen blocked later), and either moves the epoch.
 */
public final class OsMonitor {
  private static final Map<Thread, BlockedWait> BLOCKED = new ConcurrentHashMap<>();
  private static final Map<WaitOutcome, LongAdder> COUNTS = new EnumMap<>(WaitOutcome.class);
  private static final ThreadLocal<WaitRecord> LAST = new ThreadLocal<>();
  private static final Map<Thread, Long> WAITERS = new ConcurrentHashMap<>();
  private static final AtomicLong EPOCH = new AtomicLong();
  private static volatile Consumer<WaitRecord> listener;

  static {
    for (WaitOutcome o : WaitOutcome.values()) COUNTS.put(o, new LongAdder());
  }

  private OsMonitor() {}

  /** The threads blocked in an OS wait now, longest-blocked first. */
  public static List<BlockedWait> blocked() {
    List<BlockedWait> out = new ArrayList<>(BLOCKED.values());
    out.sort(Comparator.comparingLong(BlockedWait::sinceNanos));
    return out;
  }

  /** Where {@code thread} is blocked now, or null if it is not in an OS wait. */
  public static BlockedWait blockedWait(Thread thread) {
    return BLOCKED.get(thread);
  }

  /** How many times a thread has entered or left a wait since the JVM started. */
  public static long epoch() {
    return EPOCH.get();
  }

  /**
   * The live threads that have begun a wait at or after {@code sinceNanos} ({@link
   * System#nanoTime()}): a run's helper threads among them, once they have waited during the run.
   * Dead threads are forgotten here.
   */
  public static List<Thread> waitersSince(long sinceNanos) {
    WAITERS.keySet().removeIf(t -> !t.isAlive());
    List<Thread> out = new ArrayList<>();
    WAITERS.forEach((t, last) -> {
      if (last - sinceNanos >= 0) out.add(t);
    });
    return out;
  }

  /** The calling thread's last finished wait, or null. */
  public static WaitRecord lastWait() {
    return LAST.get();
  }

  /** How many waits have ended with {@code outcome} since the JVM started. */
  public static long count(WaitOutcome outcome) {
    return COUNTS.get(outcome).sum();
  }

  /**
   * Calls {@code l} (on the waiting thread, so it must be quick and thread-safe) with every
   * finished wait; null removes it. Returns the previous listener.
   */
  public static synchronized Consumer<WaitRecord> listen(Consumer<WaitRecord> l) {
    Consumer<WaitRecord> previous = listener;
    listener = l;
    return previous;
  }

  static void enter(BlockedWait b) {
    // Count before showing the wait, and after hiding it: a wait seen between two equal reads
    // of the epoch was there for the whole span between them.
    WAITERS.put(b.thread(), b.sinceNanos());
    EPOCH.incrementAndGet();
    BLOCKED.put(b.thread(), b);
  }

  /**
   * Wakes every thread waiting on {@code monitor} (the caller holds it, having changed the
   * primitive's state) and stamps the time on each of its waits that this releases, so a waiter
   * that then waits long for a CPU is not taken for one no wake reached.
   */
  static void wakeAll(Object monitor) {
    monitor.notifyAll();
    long now = System.nanoTime();
    for (BlockedWait b : BLOCKED.values()) {
      if (b.monitor() == monitor) b.stampIfReleased(now);
    }
  }

  static void leave(BlockedWait b) {
    BLOCKED.remove(b.thread(), b);
    EPOCH.incrementAndGet();
  }

  static void finished(WaitRecord r) {
    COUNTS.get(r.outcome()).increment();
    LAST.set(r);
    Consumer<WaitRecord> l = listener;
    if (l != null) l.accept(r);
  }
}
