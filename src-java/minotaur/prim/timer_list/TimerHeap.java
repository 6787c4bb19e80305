package minotaur.prim.timer_list;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import minotaur.mem.Memory;

/**
 * {@code g_new}/{@code g_free} for timers, with the reuse a real allocator has and the checking it
 * lacks, so that a stale pointer is caught rather than silently reading garbage.
 *
 * <p><b>Allocation.</b> Freed blocks go on a LIFO free list and are the first handed out by the
 * next {@code g_new}, as glibc's tcache does, so a stale pointer soon points at a different,
 * live timer ("recycled"). {@code g_free} poisons the block (expire_time = {@link #POISON}, next =
 * null, callback dropped) as malloc's bookkeeping and debugging allocators do.
 *
 * <p><b>Checking.</b> Each block has shadow state {@code 2 * generation + freed}. A lockless reader
 * takes the block's state as its pointer's <i>tag</i> right after loading the pointer (as a
 * memory-tagging CPU would carry it in the pointer) and every checked access compares it with the
 * block's state <i>before</i> reading the field: an odd tag or a changed state means the block was
 * freed since the reader found it. Checking before the read keeps the detector free of false
 * alarms (a free just after the read is not a use-after-free); the price is that a free landing
 * between check and read, or between the pointer load and the tag, goes unseen. Violations are
 * kept per reading thread (for its op's completion) and globally (for tests).
 *
 * <p>Shadow state and the free list are instrumentation, not C memory. The free list uses Java's
 * own lock, never held across a cell access (an explorer step); the shadow state is a cell with volatile accesses so that the explorer orders frees
 * against checked reads (its cost is the same for every variant, so benchmarks compare fairly).
 */
public final class TimerHeap {
  /** Garbage written over a freed timer's expire_time (the kernel's POISON_FREE byte). */
  public static final long POISON = 0x6b6b6b6b6b6b6b6bL;
  private static final int FREES_REMEMBERED = 8;

  private final Memory memory;
  private final Deque<QemuTimer> freeList = new ArrayDeque<>(); // guarded by this
  private final List<QemuTimer> blocks = new ArrayList<>(); // guarded by this
  private final Map<Integer, Deque<FreeRecord>> frees = new HashMap<>(); // guarded by this
  private final ConcurrentLinkedQueue<UseAfterFree> violations = new ConcurrentLinkedQueue<>();
  private final ThreadLocal<Object> site = new ThreadLocal<>();
  private final ThreadLocal<List<UseAfterFree>> mine = ThreadLocal.withInitial(ArrayList::new);

  public TimerHeap(Memory memory) {
    this.memory = memory;
  }

  /** Names what the calling thread is doing (its current op), for violation reports. */
  public void setSite(Object description) {
    site.set(description);
  }

  /** {@code g_new0(QEMUTimer, 1)}: a recycled block if any is free, else a fresh one. */
  public QemuTimer gNew() {
    QemuTimer t;
    synchronized (this) {
      t = freeList.pollFirst();
      if (t == null) {
        t = new QemuTimer(memory, blocks.size());
        blocks.add(t);
      }
    }
    t.shadow.setVolatile(t.shadow.getVolatile() + 1); // live: even
    t.next.setPlain(null);
    t.expireTime.setPlain(0);
    return t;
  }

  /** {@code g_free}: poisons the block and puts it on the free list. A double free throws. */
  public void gFree(QemuTimer t) {
    gFree(t, site.get());
  }

  /** The calling thread's site, for a free that will run elsewhere (a call_rcu callback). */
  public Object site() {
    return site.get();
  }

  /** {@code g_free} on behalf of {@code freeSite} (the op that asked for the free). */
  public void gFree(QemuTimer t, Object freeSite) {
    int state = t.shadow.getVolatile();
    if ((state & 1) != 0) throw new IllegalStateException("double free of " + t);
    FreeRecord record = new FreeRecord(t.address, state + 1, freeSite, Thread.currentThread().getName());
    synchronized (this) { // noted before the shadow flips, so a reader that sees the flip finds it
      Deque<FreeRecord> d = frees.computeIfAbsent(t.address, a -> new ArrayDeque<>());
      if (d.size() == FREES_REMEMBERED) d.pollFirst();
      d.addLast(record);
    }
    // Compare-and-exchange, not a lock: the explorer's steps (cell accesses) must never run while
    // a thread holds a Java lock, or a thread scheduled next that wants it blocks the run.
    if (t.shadow.compareAndExchange(state, state + 1) != state) { // freed: odd
      throw new IllegalStateException("double free of " + t);
    }
    t.expireTime.setPlain(POISON);
    t.next.setPlain(null);
    t.cb = null;
    t.opaque = null;
    synchronized (this) {
      freeList.addFirst(t);
    }
  }

  /** The pointer's tag: the block's shadow state when the reader found the pointer. */
  public int tag(QemuTimer t) {
    return t.shadow.getVolatile();
  }

  /**
   * A checked read of {@code t->expire_time} through a pointer tagged {@code tag} in {@code
   * function}. Records a {@link UseAfterFree} if the block was freed since; returns what the
   * memory holds either way (garbage, as in C).
   */
  public long expireTime(QemuTimer t, int tag, String function) {
    check(t, tag, function, "expire_time");
    return t.expireTime.getPlain();
  }

  /** Checks, before a dereference of {@code field}, that t is the block its pointer's tag names. */
  public void check(QemuTimer t, int tag, String function, String field) {
    int now = t.shadow.getVolatile();
    if ((tag & 1) != 0 || now != tag) record(t, tag, now, function, field);
  }

  private void record(QemuTimer t, int tag, int now, String function, String field) {
    UseAfterFree u = new UseAfterFree(t.address, function, field, tag, now, site.get(),
        Thread.currentThread().getName(), freeEnding(t.address, tag));
    violations.add(u);
    mine.get().add(u);
  }

  /** The g_free that ended the allocation a pointer tagged {@code tag} referred to. */
  private synchronized FreeRecord freeEnding(int address, int tag) {
    int wanted = (tag & 1) != 0 ? tag : tag + 1;
    for (FreeRecord r : frees.getOrDefault(address, new ArrayDeque<>())) {
      if (r.stateAfter() == wanted) return r;
    }
    return null;
  }

  /** The calling thread's violations since its last call, oldest first. */
  public List<UseAfterFree> takeMine() {
    List<UseAfterFree> l = mine.get();
    List<UseAfterFree> out = List.copyOf(l);
    l.clear();
    return out;
  }

  /** Every violation recorded so far. */
  public List<UseAfterFree> violations() {
    return List.copyOf(violations);
  }
}
