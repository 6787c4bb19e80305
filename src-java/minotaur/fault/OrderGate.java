package minotaur.fault;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Enforces an {@link OrderRule} on real threads, one baton at a time: a thread reaching a listed
 * visit waits until every earlier entry has been <em>passed</em>, i.e. its thread has gone on to
 * its next fault point (any point, listed or not: OS calls pass one before they can block), is
 * blocked in an OS wait ({@link #passWhenBlocked}), has ended, or was given up on. So between two
 * listed visits only the thread whose turn it is runs, which is how the explorer's schedule ran
 * them; code between points runs at full speed. A
 * thread past its last listed visit is held at its next point until the whole order has been
 * passed: the schedule ended (at its failure) without it going further.
 *
 * <p>Nothing hangs: a thread waits at most the rule's timeout for its turn; then every earlier
 * entry not yet passed is skipped for good (its thread took another path, or is blocked waiting
 * for someone behind it) and it goes on. A thread that ends without reaching its entries lets
 * them pass at once. {@link #timeouts()} says how often the run left the order.
 *
 * <p>Threads are identified by {@link Faults#bindProcess}; unbound threads are not ordered.
 * Visits are counted per process and point, from 1, as the explorer counts them.
 */
public final class OrderGate {
  /** How long a waiter sleeps before looking again: threads that end do not notify. */
  private static final long RECHECK_NANOS = 1_000_000L;

  private static final class Process {
    Thread thread;
    long arrivals;
    /** Its listed visits not reached yet. */
    int remaining;
    final Map<String, Integer> visits = new HashMap<>();
  }

  private final OrderRule rule;
  private final Map<OrderRule.Entry, Integer> index = new HashMap<>();
  private final Map<Long, Process> processes = new HashMap<>();
  private final long[] arrivedAt;
  private final boolean[] skipped;
  /** Every entry before it has been passed. */
  private int frontier;
  private int timeouts;
  /** The entry the first timeout gave up on, or -1. */
  private int firstSkipped = -1;
  private int reached;
  private boolean released;
  private volatile Predicate<Thread> blocked = t -> false;

  OrderGate(OrderRule rule) {
    this.rule = rule;
    List<OrderRule.Entry> entries = rule.entries();
    for (int i = 0; i < entries.size(); i++) {
      index.put(entries.get(i), i);
      processes.computeIfAbsent(entries.get(i).process(), x -> new Process()).remaining++;
    }
    arrivedAt = new long[entries.size()];
    java.util.Arrays.fill(arrivedAt, -1);
    skipped = new boolean[entries.size()];
  }

  /** The calling thread reaches {@code point}: counts the visit and, if it is listed, waits for its turn. */
  void arrive(String point) {
    Long p = Faults.process();
    if (p == null) return;
    synchronized (this) {
      Process s = processes.computeIfAbsent(p, x -> new Process());
      s.thread = Thread.currentThread();
      s.arrivals++;
      int visit = s.visits.merge(point, 1, Integer::sum);
      notifyAll();
      Integer at = index.get(new OrderRule.Entry(p, point, visit));
      if (at != null) {
        arrivedAt[at] = s.arrivals;
        reached++;
        s.remaining--;
        awaitPassed(at);
      } else if (s.remaining == 0) {
        awaitPassed(arrivedAt.length);
      }
    }
  }

  /** Waits until every entry before {@code at} has been passed, or the timeout gives up on them. */
  private void awaitPassed(int at) {
    long deadline = System.nanoTime() + rule.timeoutNanos();
    while (!released && !passedBefore(at)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        if (firstSkipped < 0) firstSkipped = frontier;
        for (int j = frontier; j < at; j++) skipped[j] = true;
        timeouts++;
        return;
      }
      try {
        long nanos = Math.min(left, RECHECK_NANOS);
        wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Tells the gate which threads are blocked in an OS wait (the runner knows; this package cannot
   * look): such a thread has gone on from its last visit as far as it can until another wakes it.
   */
  public void passWhenBlocked(Predicate<Thread> isBlocked) {
    blocked = isBlocked;
  }

  /** Lets every waiter go at once and orders nothing more (the plan was switched off). */
  synchronized void release() {
    released = true;
    notifyAll();
  }

  /** How many times a thread stopped waiting for its turn: 0 when the run followed the order. */
  public synchronized int timeouts() {
    return timeouts;
  }

  /** The first entry given up on (its thread never passed it in time), or null if none was. */
  public synchronized OrderRule.Entry firstSkipped() {
    return firstSkipped < 0 ? null : rule.entries().get(firstSkipped);
  }

  /** How many of the listed visits were reached. */
  public synchronized int reached() {
    return reached;
  }

  public OrderRule rule() {
    return rule;
  }

  private boolean passedBefore(int at) {
    while (frontier < at && passed(frontier)) frontier++;
    return frontier >= at;
  }

  private boolean passed(int j) {
    if (skipped[j]) return true;
    Process s = processes.get(rule.entries().get(j).process());
    if (s == null || s.thread == null) return false;
    return !s.thread.isAlive()
        || arrivedAt[j] >= 0 && (s.arrivals > arrivedAt[j] || blocked.test(s.thread));
  }
}
