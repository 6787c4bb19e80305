package minotaur.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A {@link FaultPlan} installed as the {@link FaultPointHandler}: applies the plan at fault points, logs
 * what it did, can be switched off at once (the runner's quiescence phase), and pauses given
 * threads on request (the nemesis).
 *
 * <p>Decisions replay: the {@code k}-th visit of a thread bound to process {@code p} to point
 * {@code x} draws {@code mix(seed, p, x, k)} (SplitMix64's finaliser, Steele, Lea and Flood,
 * OOPSLA 2014), and rule {@code i} fires iff a number derived from that draw and {@code i} is
 * below its probability. So a process's decisions at a point depend on nothing but the seed, the
 * plan and how many times that process reached that point: other threads' timing cannot shift
 * them. Threads not bound with {@link Faults#bindProcess} are keyed by their name.
 *
 * <p>A plan's ordering rule runs first at every point ({@link OrderGate}): the thread may wait
 * there for its turn before the plan's other rules apply.
 *
 * <p>Switching off: {@link #disable()} clears a volatile flag that every fault checks before
 * starting and every delay checks while it lasts, and unparks parked threads, so after it returns
 * no new fault starts and running ones end promptly. Pause requests not yet taken are cancelled.
 * A delay also ends when its thread is interrupted, leaving the interrupt for the OS wait that
 * follows (which throws {@code Abandoned}).
 *
 * <p>Pausing a thread from outside is cooperative: Java cannot stop a thread safely at an
 * arbitrary instruction, so the request is taken at the thread's next fault point, or, if it is
 * blocked in an OS wait, at the first point after that wait.
 */
public final class FaultInjector implements FaultPointHandler, AutoCloseable {
  private static final long GAMMA = 0x9e3779b97f4a7c15L;
  private static final long AT_SALT = 0x632be59bd9b4e019L;
  private static final long SPURIOUS_SALT = 0x8cb92ba72f3d8dd7L;
  private static final long INTERRUPT_SALT = 0x4f1bbcdcbfa53e0bL;
  private static final int[] NO_RULES = {};
  /** Events kept in the log at most (a hot point yielding at 1% would otherwise fill the heap). */
  public static final int LOG_LIMIT = 1 << 20;

  private record PauseRequest(long nanos, CompletableFuture<FaultEvent> done) {}

  /** One thread's visit counters, for the process it was bound to when created. */
  private static final class Stream {
    final Long process;
    final String processKey;
    final long key;
    final Map<String, long[]> visits = new HashMap<>();

    Stream(long seed, Long process, String processKey) {
      this.process = process;
      this.processKey = processKey;
      this.key = mix(seed + GAMMA * (1 + hash(processKey)));
    }

    /** The draw for this thread's next visit of {@code point}. */
    long next(String point, long salt) {
      long[] k = visits.computeIfAbsent(point, x -> new long[1]);
      return mix(mix(key ^ hash(point) ^ salt) + GAMMA * ++k[0]);
    }
  }

  private final FaultPlan plan;
  private final OrderGate order;
  private final int logLimit;
  private volatile boolean enabled = true;
  private volatile Consumer<FaultEvent> listener;
  private final Queue<FaultEvent> log = new ConcurrentLinkedQueue<>();
  private final AtomicInteger logged = new AtomicInteger();
  private final LongAdder dropped = new LongAdder();
  private final Map<String, int[]> atRules = new ConcurrentHashMap<>();
  private final Map<String, int[]> spuriousRules = new ConcurrentHashMap<>();
  private final Map<String, int[]> interruptRules = new ConcurrentHashMap<>();
  private final Map<Thread, PauseRequest> pauseRequests = new ConcurrentHashMap<>();
  private final AtomicInteger pendingPauses = new AtomicInteger();
  private final Set<Thread> parked = ConcurrentHashMap.newKeySet();
  private final ThreadLocal<Stream> streams = new ThreadLocal<>();

  FaultInjector(FaultPlan plan, int logLimit) {
    this.plan = plan;
    this.order = plan.order() == null ? null : new OrderGate(plan.order());
    this.logLimit = logLimit;
  }

  public FaultPlan plan() {
    return plan;
  }

  /** The plan's ordering rule at work (how often the run left the order), or null. */
  public OrderGate orderGate() {
    return order;
  }

  @Override public void at(String point) {
    if (!enabled) return;
    if (pendingPauses.get() > 0) takePauseRequest(point);
    if (order != null) order.arrive(point);
    int[] rules = atRules.get(point);
    if (rules == null) rules = atRules.computeIfAbsent(point, p -> rulesFor(p, null));
    if (rules.length == 0) return;
    Stream s = stream();
    long draw = s.next(point, AT_SALT);
    for (int i : rules) {
      FaultRule rule = plan.rules().get(i);
      long r = mix(draw + GAMMA * (i + 1));
      if (unit(r) < rule.probability()) {
        long nanos = rule.duration() == null ? 0 : rule.duration().sample(unit(mix(r)));
        apply(point, s.process, rule.action(), nanos);
      }
    }
  }

  @Override public boolean spuriousWakeup(String point) {
    return asked(point, FaultAction.SPURIOUS_WAKEUP, spuriousRules, SPURIOUS_SALT);
  }

  @Override public boolean interrupt(String point) {
    return asked(point, FaultAction.INTERRUPT, interruptRules, INTERRUPT_SALT);
  }

  /** Decides an asked action at {@code point} from its own stream of draws, logging a yes. */
  private boolean asked(String point, FaultAction action, Map<String, int[]> cache, long salt) {
    if (!enabled) return false;
    int[] rules = cache.get(point);
    if (rules == null) rules = cache.computeIfAbsent(point, p -> rulesFor(p, action));
    if (rules.length == 0) return false;
    Stream s = stream();
    long draw = s.next(point, salt);
    for (int i : rules) {
      if (unit(mix(draw + GAMMA * (i + 1))) < plan.rules().get(i).probability()) {
        long now = System.nanoTime();
        record(new FaultEvent(point, Thread.currentThread().getName(), s.process, action, 0, now, now));
        return true;
      }
    }
    return false;
  }

  /**
   * Nemesis: pauses {@code thread} for {@code duration} at its next fault point. The future
   * completes with the pause's event when the pause ends, and is cancelled if the injector is
   * disabled first. A second request for the same thread replaces a pending one.
   */
  public CompletableFuture<FaultEvent> pause(Thread thread, Duration duration) {
    CompletableFuture<FaultEvent> done = new CompletableFuture<>();
    if (!enabled) {
      done.cancel(false);
      return done;
    }
    PauseRequest old = pauseRequests.put(thread, new PauseRequest(duration.toNanos(), done));
    if (old == null) pendingPauses.incrementAndGet();
    else old.done().cancel(false);
    if (!enabled) cancelPauseRequests();
    return done;
  }

  /** Switches every fault off at once; running delays and pauses end promptly. */
  public void disable() {
    enabled = false;
    if (order != null) order.release();
    cancelPauseRequests();
    for (Thread t : parked) LockSupport.unpark(t);
  }

  /** Switches faults back on. */
  public void enable() {
    enabled = true;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** Calls {@code l} with each event as it is logged (on the faulted thread); null removes it. */
  public void onEvent(Consumer<FaultEvent> l) {
    listener = l;
  }

  /**
   * Every event logged so far, in the order they ended (a thread's own events in its order). At
   * most {@link #LOG_LIMIT} are kept until drained; the listener sees them all.
   */
  public List<FaultEvent> log() {
    return new ArrayList<>(log);
  }

  /** Removes and returns the events logged so far. */
  public List<FaultEvent> drainLog() {
    List<FaultEvent> out = new ArrayList<>();
    FaultEvent e;
    while ((e = log.poll()) != null) {
      logged.decrementAndGet();
      out.add(e);
    }
    return out;
  }

  /** Events not kept because the log was full. */
  public long droppedEvents() {
    return dropped.sum();
  }

  /** Disables the plan and removes it from {@link Faults} if it is still the installed handler. */
  @Override public void close() {
    disable();
    Faults.uninstall(this);
  }

  /** The rules matching {@code point} whose action is {@code asked}, or, for null, is not asked. */
  private int[] rulesFor(String point, FaultAction asked) {
    List<FaultRule> rules = plan.rules();
    int[] matching = new int[rules.size()];
    int n = 0;
    for (int i = 0; i < rules.size(); i++) {
      FaultRule r = rules.get(i);
      boolean kind = asked == null ? !r.action().isAsked() : r.action() == asked;
      if (kind && r.matches(point)) matching[n++] = i;
    }
    return n == 0 ? NO_RULES : Arrays.copyOf(matching, n);
  }

  private Stream stream() {
    Long process = Faults.process();
    String processKey = process != null ? "process " + process : "thread " + Thread.currentThread().getName();
    Stream s = streams.get();
    if (s == null || !s.processKey.equals(processKey)) {
      s = new Stream(plan.seed(), process, processKey);
      streams.set(s);
    }
    return s;
  }

  private void takePauseRequest(String point) {
    PauseRequest req = pauseRequests.remove(Thread.currentThread());
    if (req == null) return;
    pendingPauses.decrementAndGet();
    FaultEvent e = apply(point, Faults.process(), FaultAction.PAUSE, req.nanos());
    req.done().complete(e);
  }

  private void cancelPauseRequests() {
    for (Thread t : pauseRequests.keySet()) {
      PauseRequest req = pauseRequests.remove(t);
      if (req != null) {
        pendingPauses.decrementAndGet();
        req.done().cancel(false);
      }
    }
  }

  private FaultEvent apply(String point, Long process, FaultAction action, long nanos) {
    Thread me = Thread.currentThread();
    long start = System.nanoTime();
    if (action == FaultAction.YIELD) {
      Thread.yield();
    } else if (action == FaultAction.SPIN) {
      while (enabled && System.nanoTime() - start < nanos && !me.isInterrupted()) Thread.onSpinWait();
    } else {
      parked.add(me);
      try {
        long left;
        while (enabled && (left = nanos - (System.nanoTime() - start)) > 0 && !me.isInterrupted()) {
          LockSupport.parkNanos(this, left);
        }
      } finally {
        parked.remove(me);
      }
    }
    FaultEvent e = new FaultEvent(point, me.getName(), process, action, nanos, start, System.nanoTime());
    record(e);
    return e;
  }

  private void record(FaultEvent e) {
    if (logged.incrementAndGet() <= logLimit) {
      log.add(e);
    } else {
      logged.decrementAndGet();
      dropped.increment();
    }
    Consumer<FaultEvent> l = listener;
    if (l != null) l.accept(e);
  }

  /** SplitMix64's finaliser: a bijection that spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** 64-bit FNV-1a of a string's chars: stable across JVMs, unlike identity hashes. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** The top 53 bits as a double in [0, 1). */
  private static double unit(long r) {
    return (r >>> 11) * 0x1.0p-53;
  }
}
