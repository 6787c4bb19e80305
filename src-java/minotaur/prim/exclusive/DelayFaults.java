package minotaur.prim.exclusive;

import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import minotaur.fault.FaultHook;

/**
 * The mutual-exclusion workloads' fault plan: at each fault point a thread, with probability
 * {@code p}, yields or pauses for up to {@code maxPause} microseconds, stretching the window the
 * point marks. Decisions come from a per-thread random source seeded by the run's seed and the
 * thread's name (which names its process), so a seed replays the same decisions per process.
 */
public final class DelayFaults implements FaultHook {
  private final long seed;
  private final double p;
  private final int maxPauseMicros;
  private final ThreadLocal<SplittableRandom> random;

  public DelayFaults(long seed, double p, int maxPauseMicros) {
    if (p < 0 || p > 1) throw new IllegalArgumentException("fault probability must be in [0, 1], got " + p);
    if (maxPauseMicros < 1) throw new IllegalArgumentException("max pause must be >= 1 us, got " + maxPauseMicros);
    this.seed = seed;
    this.p = p;
    this.maxPauseMicros = maxPauseMicros;
    this.random = ThreadLocal.withInitial(
        () -> new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ Thread.currentThread().getName().hashCode()));
  }

  @Override
  public void at(String point) {
    SplittableRandom r = random.get();
    if (r.nextDouble() >= p) return;
    if (r.nextBoolean()) {
      Thread.yield();
    } else {
      LockSupport.parkNanos(1000L * (1 + r.nextInt(maxPauseMicros)));
    }
  }

  @Override
  public String toString() {
    return "{:delay-faults {:seed " + seed + " :p " + p + " :max-pause-us " + maxPauseMicros + "}}";
  }
}
