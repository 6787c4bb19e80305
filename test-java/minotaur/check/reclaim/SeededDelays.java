package minotaur.check.reclaim;

import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import minotaur.fault.FaultHook;

/**
 * A seeded fault plan for the reclamation workloads (until the platform's FaultPlan is on main):
 * at the named points, each thread pauses with probability {@code p} for {@code micros}; decisions
 * come from a per-thread RNG seeded by (seed, thread name), so a seed replays them.
 */
final class SeededDelays implements FaultHook {
  private final Set<String> points;
  private final double p;
  private final long nanos;
  private final ThreadLocal<Random> rng;

  SeededDelays(long seed, Set<String> points, double p, long micros) {
    this.points = points;
    this.p = p;
    this.nanos = micros * 1000;
    this.rng = ThreadLocal.withInitial(() -> new Random(seed * 31 + Thread.currentThread().getName().hashCode()));
  }

  @Override
  public void at(String point) {
    if (points.contains(point) && rng.get().nextDouble() < p) LockSupport.parkNanos(nanos);
  }
}
