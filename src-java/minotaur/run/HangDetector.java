package minotaur.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import minotaur.os.BlockedWait;
import minotaur.os.OsMonitor;

/**
 * Tells a run that is stuck for good from one that is slow, from the state of the OS emulation
 * rather than from a timeout.
 *
 * <p>The runner asks only while its generator is pending, i.e. no op will be handed out until one
 * in flight completes, and only when every op in flight is a client op (no sleep, no nemesis op
 * that could pause, resume or wake). The run is then <em>certainly hung</em> when every thread
 * that could still act is blocked in an OS wait that no wake has released: the threads of the ops
 * in flight, and every other thread that has waited in the OS since the run began (a workload's
 * helper threads, abandoned workers), except the idle workers (they act only on a new op) and the
 * caller. {@link OsMonitor#epoch()} read before and after the look, unchanged, makes the look a
 * consistent cut (see {@link OsMonitor}): no thread could release another meanwhile, so none ever
 * will. A thread paused by the fault plan, parked in an injected delay or spinning is not in an OS
 * wait, so a run with one is never taken for hung. To be safe against a thread the OS never sees
 * (a helper that has only spun since the run began), a hang counts only after two such looks at
 * least {@link #CONFIRM_NANOS} apart with the same epoch: nothing entered or left a wait anywhere.
 *
 * <p>What remains undetected (a livelock in user-space spinning) is left to the op timeout.
 */
final class HangDetector {
  /** How long a hang must look unchanged before it counts. */
  static final long CONFIRM_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  /** How often to look at most. */
  private static final long LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final long runStart;
  private long lastLook;
  private long firstSeen;
  private long epoch = -1;

  HangDetector(long runStartNanos) {
    this.runStart = runStartNanos;
    this.lastLook = runStartNanos - LOOK_NANOS;
  }

  /**
   * The waits of {@code blocked} if the run is certainly hung now, else null. {@code blocked} are
   * the threads of the ops in flight, {@code idle} the workers with nothing to do.
   */
  List<BlockedWait> hung(Collection<Thread> blocked, Set<Thread> idle) {
    long now = System.nanoTime();
    if (now - lastLook < LOOK_NANOS) return null;
    lastLook = now;
    long before = OsMonitor.epoch();
    List<BlockedWait> waits = new ArrayList<>();
    for (Thread t : blocked) {
      BlockedWait w = OsMonitor.blockedWait(t);
      if (w == null || w.woken() || !w.unreleased()) return reset();
      waits.add(w);
    }
    for (Thread t : OsMonitor.waitersSince(runStart)) {
      if (blocked.contains(t) || idle.contains(t) || t == Thread.currentThread()) continue;
      BlockedWait w = OsMonitor.blockedWait(t);
      if (w == null || w.woken() || !w.unreleased()) return reset();
    }
    if (OsMonitor.epoch() != before) return reset();
    if (before != epoch) {
      epoch = before;
      firstSeen = now;
      return null;
    }
    return now - firstSeen >= CONFIRM_NANOS ? waits : null;
  }

  private List<BlockedWait> reset() {
    epoch = -1;
    return null;
  }
}
