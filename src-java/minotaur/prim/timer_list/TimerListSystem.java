package minotaur.prim.timer_list;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.rcu.Rcu;
import minotaur.prim.rcu.RcuVariant;

/**
 * One timer list under test with everything it runs on: an RCU domain (its call_rcu thread
 * started), a controllable clock and a checking heap. Shared by the clients of one run.
 */
public final class TimerListSystem implements AutoCloseable {
  /**
   * The RCU under the timer list, in runs and scenarios: the later, fixed util/rcu.c. The 2.3 one
   * (rcu CORRECT) loses the call_rcu thread's wakeup under RA and RC11 (the rcu family reports it);
   * beneath the timer list it would make every timer-list variant fail there for rcu.c's reason,
   * hiding whether the timer list itself holds.
   */
  public static final RcuVariant RCU = RcuVariant.FIXED;
  private final Rcu rcu;
  private final ManualClock clock = new ManualClock();
  private final TimerHeap heap;
  private final TimerList list;
  private final ThreadLocal<List<Object>> fired = ThreadLocal.withInitial(ArrayList::new);
  private final Map<Object, QemuTimer> timers = new ConcurrentHashMap<>();

  public TimerListSystem(TimerVariant variant, Memory memory, Os os) {
    this.rcu = new Rcu(memory, os, RCU);
    this.heap = new TimerHeap(memory);
    this.list = new TimerList(variant, memory, os, clock, rcu, heap, null);
    rcu.callbacks().start();
  }

  public Rcu rcu() { return rcu; }
  public ManualClock clock() { return clock; }
  public TimerHeap heap() { return heap; }
  public TimerList list() { return list; }

  /**
   * The timers by workload name. Each name has one owner at a time (one worker thread), so the
   * map only needs to be safe to share, not to order anything; it survives a crashed process,
   * whose successor on the same thread takes its timers over.
   */
  public Map<Object, QemuTimer> timers() {
    return timers;
  }

  /** The callback of every workload timer: notes its opaque in the running thread's log. */
  public QemuTimerCb recordFiring() {
    return opaque -> fired.get().add(opaque);
  }

  /** Runs the timers due at the calling thread's clock; returns the opaques fired, in order. */
  public List<Object> runTimers() {
    List<Object> log = fired.get();
    log.clear();
    list.timerlistRunTimers();
    List<Object> out = new ArrayList<>(log);
    log.clear();
    return out;
  }

  /** Waits until every deferred free has run (drain_call_rcu) on a registered thread. */
  public void drainFrees() {
    rcu.callbacks().drain();
  }

  @Override
  public void close() throws InterruptedException {
    rcu.callbacks().stop();
  }
}
