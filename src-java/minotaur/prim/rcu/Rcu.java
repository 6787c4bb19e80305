package minotaur.prim.rcu;

import java.util.ArrayList;
import java.util.List;
import minotaur.fault.Faults;
import minotaur.mem.LongCell;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.qemu_event.QemuEvent;
import minotaur.os.QemuMutex;

/**
 * Userspace RCU as in QEMU's util/rcu.c (2015, from liburcu's urcu-mb by Desnoyers and
 * McKenney): one RCU domain with its grace-period counter, reader registry and call_rcu queue.
 *
 * <p><b>Protocol.</b> {@code rcu_gp_ctr} starts at {@link #RCU_GP_LOCKED} (bit 0 always set) and
 * grows by {@link #RCU_GP_CTR} per grace period. A reader entering its outermost critical section
 * copies {@code rcu_gp_ctr} into its own {@code ctr}; leaving, it stores 0. {@code
 * synchronize_rcu} bumps {@code rcu_gp_ctr} and then waits until every registered reader either
 * has {@code ctr == 0} (outside) or {@code ctr == rcu_gp_ctr} (entered after the bump, so it
 * cannot hold a pointer removed before it). Waiting readers are woken through {@code
 * rcu_gp_event}: the writer sets each reader's {@code waiting} flag, and a reader that finds it
 * set on unlock sets the event.
 *
 * <p><b>Memory ordering</b> (PORTING.md). The reader stores {@code ctr} with {@code atomic_xchg}
 * ({@code getAndSet}, a full fence) on lock and unlock, so its critical section's loads cannot
 * move before the snapshot nor after the clearing store. The writer stores {@code rcu_gp_ctr}
 * with {@code atomic_mb_set} ({@code setVolatile}): the removal of the old pointer, done before
 * {@code synchronize_rcu}, is visible before the new counter. In {@code wait_for_readers} the
 * stores to {@code waiting} are separated from the loads of {@code ctr} by {@code smp_mb()}
 * ({@code fullFence}); this pairs with the reader's xchg of {@code ctr} before its load of {@code
 * waiting}, so either the writer sees {@code ctr == 0} or the reader sees {@code waiting} and
 * wakes it (the store-buffering pattern, forbidden by the two fences). {@code rcu_gp_ctr} is read
 * plainly by the writer, which alone writes it, under {@code rcu_registry_lock}.
 *
 * <p>Per-thread state is C's TLS {@code rcu_reader}: a {@link ThreadLocal} here. Each thread that
 * reads must call {@link #registerThread()} first. The grace-period event is the QemuEvent port
 * of {@code minotaur.prim.qemu_event} (futex flavour, as QEMU on Linux), see {@link RcuEvents}.
 */
public final class Rcu {
  /** Bit 0 of {@code rcu_gp_ctr}: a reader's non-zero {@code ctr} means "inside". */
  static final long RCU_GP_LOCKED = 1;
  /** The grace-period increment. */
  static final long RCU_GP_CTR = 2;

  private final Memory memory;
  private final RcuVariant variant;
  private final LongCell gpCtr;
  private final QemuEvent gpEvent;
  private final QemuMutex registryLock;
  private final QemuMutex syncLock;
  private final List<RcuReader> registry = new ArrayList<>(); // guarded by registryLock
  private final List<RcuReader> qsreaders = new ArrayList<>(); // guarded by registryLock
  private final ThreadLocal<RcuReader> self = new ThreadLocal<>();
  private int nextReaderId; // guarded by registryLock
  private final CallRcu callRcu;

  public Rcu(Memory memory, Os os, RcuVariant variant) {
    this.memory = memory;
    this.variant = variant;
    this.gpCtr = memory.longCell("rcu_gp_ctr", RCU_GP_LOCKED);
    this.gpEvent = RcuEvents.create(variant, memory, os, true);
    this.registryLock = os.mutex("rcu_registry_lock");
    this.syncLock = os.mutex("rcu_sync_lock");
    this.callRcu = new CallRcu(this, memory, os);
  }

  public RcuVariant variant() {
    return variant;
  }

  Memory memory() {
    return memory;
  }

  /** {@code rcu_register_thread}: the calling thread may now enter read-side critical sections. */
  public void registerThread() {
    if (self.get() != null) throw new IllegalStateException("thread already registered with RCU");
    registryLock.lock();
    try {
      RcuReader r = new RcuReader(memory, nextReaderId++, Thread.currentThread().getName());
      registry.add(r);
      self.set(r);
    } finally {
      registryLock.unlock();
    }
  }

  /** {@code rcu_unregister_thread}. */
  public void unregisterThread() {
    RcuReader r = reader();
    registryLock.lock();
    try {
      // Like QLIST_REMOVE on an intrusive list: the node may sit on registry or, while a writer
      // waits, on its qsreaders list.
      if (!registry.remove(r)) qsreaders.remove(r);
    } finally {
      registryLock.unlock();
    }
    self.remove();
  }

  /** Whether the calling thread is registered. */
  public boolean isRegistered() {
    return self.get() != null;
  }

  private RcuReader reader() {
    RcuReader r = self.get();
    if (r == null) throw new IllegalStateException("thread " + Thread.currentThread().getName()
        + " is not registered with RCU (call registerThread first)");
    return r;
  }

  /** {@code rcu_read_lock}: enters a (possibly nested) read-side critical section. */
  public void readLock() {
    RcuReader r = reader();
    if (r.depth++ > 0) return;
    long ctr = gpCtr.getOpaque(); // atomic_read(&rcu_gp_ctr)
    Faults.point("rcu.read-lock.after-gp-read");
    if (variant == RcuVariant.FIXED) {
      r.ctr.setOpaque(ctr); // qatomic_set(&p_rcu_reader->ctr, ctr)
      memory.fullFence(); // smp_mb_placeholder(): ctr before the RCU-protected pointers
    } else if (variant != RcuVariant.READER_NO_SNAPSHOT) {
      r.ctr.getAndSet(ctr); // atomic_xchg(&p_rcu_reader->ctr, ctr): full fence before the CS
    }
  }

  /** {@code rcu_read_unlock}: leaves it; the outermost unlock publishes a quiescent state. */
  public void readUnlock() {
    RcuReader r = reader();
    if (r.depth == 0) throw new IllegalStateException("rcu_read_unlock without rcu_read_lock");
    if (--r.depth > 0) return;
    Faults.point("rcu.read-unlock.before-publish");
    if (variant == RcuVariant.FIXED) {
      r.ctr.setRelease(0); // qatomic_store_release(&p_rcu_reader->ctr, 0): the CS before it
      memory.fullFence(); // smp_mb_placeholder(): ctr before the load of waiting
    } else if (variant != RcuVariant.UNLOCK_NO_PUBLISH) {
      // atomic_xchg(&p_rcu_reader->ctr, 0): a full fence with the __sync builtins of 2015; in C11
      // a seq_cst RMW, which does not order the load of waiting after it (CORRECT under RA/RC11).
      r.ctr.getAndSet(0);
    }
    if (r.waiting.getOpaque()) {
      r.waiting.setOpaque(false);
      gpEvent.qemuEventSet();
    }
  }

  /** Whether the calling thread is inside a read-side critical section (for assertions). */
  public boolean inReadSection() {
    RcuReader r = self.get();
    return r != null && r.depth > 0;
  }

  /** {@code rcu_gp_ongoing}: is this reader inside a critical section that predates the bump? */
  private boolean gpOngoing(RcuReader r) {
    long v = r.ctr.getOpaque();
    return v != 0 && v != gpCtr.getPlain();
  }

  /** {@code wait_for_readers}: called with registryLock held; drops it while sleeping. */
  private void waitForReaders() {
    for (;;) {
      // Be notified of changes to gpOngoing made while we walk the list.
      gpEvent.qemuEventReset();
      for (RcuReader r : registry) r.waiting.setOpaque(true);
      // Order the stores to waiting before the loads of ctr; pairs with the xchg in readUnlock.
      memory.fullFence();
      for (int i = registry.size() - 1; i >= 0; i--) {
        RcuReader r = registry.get(i);
        if (!gpOngoing(r)) {
          registry.remove(i);
          qsreaders.add(r);
          // No fence needed: at worst a reader sets the event needlessly.
          r.waiting.setOpaque(false);
        }
      }
      if (registry.isEmpty()) break;
      Faults.point("rcu.sync.before-wait");
      registryLock.unlock();
      try {
        gpEvent.qemuEventWait();
      } finally {
        registryLock.lock();
      }
    }
    // QLIST_SWAP(&registry, &qsreaders): put the reader list back.
    registry.addAll(qsreaders);
    qsreaders.clear();
  }

  /**
   * {@code synchronize_rcu}: returns after every read-side critical section that began before the
   * call has ended. Must not be called from inside a critical section (it would wait for itself).
   */
  public void synchronizeRcu() {
    if (inReadSection()) throw new IllegalStateException("synchronize_rcu inside rcu_read_lock");
    syncLock.lock();
    try {
      registryLock.lock();
      try {
        if (!registry.isEmpty()) {
          // atomic_mb_set(&rcu_gp_ctr, rcu_gp_ctr + RCU_GP_CTR): 64-bit counter, one phase.
          gpCtr.setVolatile(gpCtr.getPlain() + RCU_GP_CTR);
          Faults.point("rcu.sync.after-gp-bump");
          if (variant != RcuVariant.SYNC_NO_WAIT) waitForReaders();
        }
      } finally {
        // Held unless an abandoned wait (the runner gave up on this thread) failed to re-take it.
        if (registryLock.isHeldByCurrentThread()) registryLock.unlock();
      }
    } finally {
      syncLock.unlock();
    }
  }

  /** {@code call_rcu1}: runs {@code func(head)} on the call_rcu thread after a grace period. */
  public void callRcu(RcuHead head, RcuHead.RcuCallback func) {
    callRcu.call(head, func);
  }

  /** The call_rcu queue and its thread body. */
  public CallRcu callbacks() {
    return callRcu;
  }
}
