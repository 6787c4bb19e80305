package minotaur.prim.rcu;

import clojure.lang.IPersistentMap;
import clojure.lang.PersistentArrayMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import minotaur.fault.Faults;
import minotaur.mem.Memory;
import minotaur.mem.RefCell;
import minotaur.os.Os;

/**
 * RCU torture in the manner of Linux's rcutorture: a pipeline of versions behind one
 * RCU-protected pointer, updaters retiring and freeing them, readers checking that what they hold
 * is never reclaimed under them.
 *
 * <p><b>Pipeline.</b> {@code :update} publishes a new version with {@code rcu_assign_pointer}
 * ({@code setRelease}) and retires the old one. {@code :sync} runs {@code synchronize_rcu} and then
 * advances every retired version's pipe count; a version is freed once its count reaches {@link
 * #PIPE_LEN}. {@code :call-rcu} publishes a new version and frees the old one from a {@code
 * call_rcu} callback. A reader loads the pointer ({@code getAcquire}) inside {@code
 * rcu_read_lock}, holds it across a fault point, and before unlocking checks the version: a pipe
 * count above zero means a grace period that began after the version was unpublished ended while
 * this reader, which found it published, was still inside: RCU's guarantee broken.
 *
 * <p><b>Early return.</b> Readers announce "inside since serial s" after {@code rcu_read_lock}
 * returns and withdraw before {@code rcu_read_unlock}. {@code :sync} snapshots the announcements
 * before calling {@code synchronize_rcu}; one still standing when it returns is a reader that
 * began before the grace period and had not ended: an early return. Announcements, pipe counts and
 * freed flags are instrumentation (Java atomics), not part of the RCU protocol.
 */
public final class RcuTorture {
  /** Grace periods after retirement before a version is freed (rcutorture's pipeline). */
  public static final int PIPE_LEN = 2;

  /** One version of the protected object. */
  static final class Version {
    final long id;
    final RcuHead head;
    final AtomicInteger pipe = new AtomicInteger();
    volatile Object freedBy;

    Version(Memory memory, long id) {
      this.id = id;
      this.head = new RcuHead(memory, "version" + id);
    }
  }

  private final Rcu rcu;
  private final Memory memory;
  private final RefCell<Version> current;
  private final AtomicLong nextId = new AtomicLong(1);
  private final List<Version> retired = new ArrayList<>(); // guarded by this
  private final Map<Long, AtomicInteger> callbackRuns = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicLong> inside = new ConcurrentHashMap<>();
  private final AtomicLong serials = new AtomicLong();

  public RcuTorture(RcuVariant variant, Memory memory, Os os) {
    this.memory = memory;
    this.rcu = new Rcu(memory, os, variant);
    this.current = memory.refCell("rcu_torture_current", new Version(memory, 0));
    rcu.callbacks().start();
  }

  public Rcu rcu() {
    return rcu;
  }

  private void ensureRegistered() {
    if (!rcu.isRegistered()) rcu.registerThread();
  }

  /** Reader: returns {@code [version pipe-at-end]} and, if it was freed, the freeing site. */
  public ReadResult read(int process) {
    ensureRegistered();
    AtomicLong announce = inside.computeIfAbsent(process, p -> new AtomicLong());
    rcu.readLock();
    announce.set(serials.incrementAndGet());
    Version v = current.getAcquire(); // rcu_dereference
    Faults.point("rcu.torture-read.hold");
    rcu.readLock(); // nested sections must not end the outer one
    Faults.point("rcu.torture-read.nested");
    rcu.readUnlock();
    int pipe = v.pipe.get();
    Object freedBy = v.freedBy;
    announce.set(0);
    rcu.readUnlock();
    return new ReadResult(v.id, pipe, freedBy);
  }

  /** What one read saw. {@code freedBy} is the site that freed the version, or null. */
  public record ReadResult(long version, int pipe, Object freedBy) {}

  /** Updater: publishes a new version, retires the old; returns the new version's id. */
  public long update() {
    Version v = new Version(memory, nextId.getAndIncrement());
    Version old = current.getAndSet(v); // rcu_assign_pointer, serialised among updaters
    synchronized (this) {
      retired.add(old);
    }
    return v.id;
  }

  /**
   * Updater: {@code synchronize_rcu}, then advances the pipeline and frees what falls off its end
   * (marked with {@code site}). Returns the processes whose pre-existing read sections were still
   * open when it returned (empty unless RCU is broken).
   */
  public List<Long> sync(Object site) {
    ensureRegistered();
    Map<Integer, Long> before = new TreeMap<>();
    inside.forEach((p, a) -> {
      long s = a.get();
      if (s != 0) before.put(p, s);
    });
    rcu.synchronizeRcu();
    List<Long> early = new ArrayList<>();
    before.forEach((p, s) -> {
      if (inside.get(p).get() == s) early.add((long) p);
    });
    synchronized (this) {
      retired.removeIf(v -> {
        if (v.pipe.incrementAndGet() < PIPE_LEN) return false;
        v.freedBy = site;
        return true;
      });
    }
    return early;
  }

  /** Updater: publishes a new version and frees the old from a call_rcu callback; returns its id. */
  public long callRcu(Object site) {
    Version v = new Version(memory, nextId.getAndIncrement());
    Version old = current.getAndSet(v);
    AtomicInteger runs = callbackRuns.computeIfAbsent(old.id, id -> new AtomicInteger());
    rcu.callRcu(old.head, h -> {
      runs.incrementAndGet();
      old.pipe.addAndGet(PIPE_LEN);
      old.freedBy = site;
    });
    return old.id;
  }

  /** drain_call_rcu, then how often each call_rcu callback ran, by version id. */
  public IPersistentMap drain() {
    ensureRegistered();
    rcu.callbacks().drain();
    IPersistentMap m = PersistentArrayMap.EMPTY;
    for (Map.Entry<Long, AtomicInteger> e : new TreeMap<>(callbackRuns).entrySet()) {
      m = m.assoc(e.getKey(), (long) e.getValue().get());
    }
    return m;
  }

  /** Stops the call_rcu thread. */
  public void close() throws InterruptedException {
    rcu.callbacks().stop();
  }
}
