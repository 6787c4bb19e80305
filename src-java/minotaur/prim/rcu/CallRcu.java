package minotaur.prim.rcu;

import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.mem.RefCell;
import minotaur.os.Abandoned;
import minotaur.os.Os;
import minotaur.prim.qemu_event.QemuEvent;

/**
 * {@code call_rcu} as in QEMU's util/rcu.c: a multi-producer single-consumer wait-free queue (from
 * liburcu's wfqueue) of {@link RcuHead}s, drained by one call_rcu thread that waits for a grace
 * period before running each batch.
 *
 * <p><b>Queue.</b> {@code tail} names the last node; enqueue swaps itself in with {@code
 * atomic_xchg} and only then links the old tail's {@code next} with {@code atomic_mb_set}
 * ({@code setVolatile}), so between the two steps the consumer finds a null {@code next} and
 * treats the queue as (momentarily) shorter. The consumer reads {@code tail} and {@code next} with
 * {@code atomic_mb_read} ({@code getVolatile}), so the node's {@code func} is visible. These are
 * the modes of util/rcu.c from 2015 until 2023, when QEMU relaxed them to release/acquire. {@code
 * head} is the consumer's alone (plain field). A dummy node keeps the queue non-empty; dequeuing it
 * re-enqueues it.
 *
 * <p><b>Batches.</b> The thread reads {@code rcu_call_count} (n), subtracts n, calls {@code
 * synchronize_rcu}, then runs exactly n callbacks: those n were enqueued before the grace period
 * began, so every reader that could see their objects has finished. Left out from QEMU: the 10 ms
 * batching sleeps (a throughput heuristic, not part of the protocol) and taking the BQL around
 * callbacks (there is no BQL here).
 */
public final class CallRcu {
  private final Rcu rcu;
  private final Memory memory;
  private final Os os;
  private final RcuHead dummy;
  private RcuHead head; // consumer only
  private final RefCell<RcuHead> tail;
  private final IntCell count;
  private final QemuEvent readyEvent;
  private volatile Thread thread;
  /** Set by {@link #start()}: the thread starts with the first callback (see there). */
  private volatile boolean wanted;

  CallRcu(Rcu rcu, Memory memory, Os os) {
    this.rcu = rcu;
    this.memory = memory;
    this.os = os;
    this.dummy = new RcuHead(memory, "call_rcu.dummy");
    this.head = dummy;
    this.tail = memory.refCell("call_rcu.tail", dummy);
    this.count = memory.intCell("rcu_call_count", 0);
    this.readyEvent = RcuEvents.create(memory, os, false);
  }

  private void enqueue(RcuHead node) {
    node.next.setPlain(null);
    // Make node the tail; it is not reachable from head until old.next is linked below.
    RcuHead old = tail.getAndSet(node);
    old.next.setVolatile(node); // atomic_mb_set(old_tail, node)
  }

  private RcuHead tryDequeue() {
    for (;;) {
      // An empty queue is not expected: head and tail are always consistent for the consumer.
      if (head == dummy && tail.getVolatile() == dummy) throw new AssertionError("call_rcu queue corrupt");
      RcuHead node = head;
      RcuHead next = node.next.getVolatile(); // atomic_mb_read(&head->next)
      if (next == null) return null; // an enqueuer between its two steps
      head = next;
      if (node != dummy) return node;
      enqueue(node);
    }
  }

  void call(RcuHead node, RcuHead.RcuCallback func) {
    if (wanted && thread == null) startThread();
    node.func = func;
    enqueue(node);
    count.getAndAdd(1); // atomic_inc(&rcu_call_count)
    readyEvent.qemuEventSet();
  }

  /**
   * One iteration of {@code call_rcu_thread}: waits for callbacks, waits a grace period, runs the
   * batch. The calling thread must be registered with RCU. Returns the number of callbacks run.
   */
  public int runBatch() {
    int n = count.getOpaque();
    while (n == 0) {
      readyEvent.qemuEventReset();
      n = count.getOpaque();
      if (n == 0) readyEvent.qemuEventWait();
      n = count.getOpaque();
    }
    count.getAndAdd(-n); // atomic_sub(&rcu_call_count, n)
    rcu.synchronizeRcu();
    for (int i = 0; i < n; i++) {
      RcuHead node = tryDequeue();
      while (node == null) {
        readyEvent.qemuEventReset();
        node = tryDequeue();
        if (node == null) {
          readyEvent.qemuEventWait();
          node = tryDequeue();
        }
      }
      node.func.call(node);
    }
    return n;
  }

  /**
   * Starts the call_rcu thread (a daemon) with the first callback; it runs until {@link #stop()}.
   * Not at once: a workload is built before its run, and the thread must belong to the run (it
   * inherits the fault plan of the run's thread that starts it), so it takes the run's delays
   * and spurious wakeups and no other run's.
   */
  public synchronized void start() {
    if (wanted) throw new IllegalStateException("call_rcu thread already started");
    wanted = true;
  }

  private synchronized void startThread() {
    if (thread != null) return;
    thread = new Thread(() -> {
      rcu.registerThread();
      try {
        while (!Thread.currentThread().isInterrupted()) runBatch();
      } catch (Abandoned e) {
        // stop() interrupted a wait: the thread ends, as when QEMU exits.
      }
    }, "call_rcu");
    thread.setDaemon(true);
    thread.start();
  }

  /** Interrupts the call_rcu thread and waits for it to end. */
  public synchronized void stop() throws InterruptedException {
    wanted = false;
    if (thread == null) return;
    thread.interrupt();
    thread.join();
    thread = null;
  }

  /**
   * {@code drain_call_rcu}: returns once every callback enqueued before the call has run. Needs the
   * call_rcu thread running; must not be called inside a read-side critical section.
   */
  public void drain() {
    QemuEvent done = RcuEvents.create(memory, os, false);
    call(new RcuHead(memory, "rcu_drain"), h -> done.qemuEventSet());
    done.qemuEventWait();
  }
}
