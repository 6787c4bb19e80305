package minotaur.prim.qemuevent;

import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import minotaur.fault.FaultHook;

/**
 * The wakeup family's fault plan: at every fault point whose name starts with {@code prefix}, a
 * thread pauses with probability {@code p} for up to {@code maxMicros}. Each thread draws from
 * its own generator, seeded by the run's seed and the thread's name, so a seed replays the same
 * decisions per thread. No spurious wakeups: they can mask a lost wakeup, and mutant hunting must
 * not rely on them.
 */
public final class DelayPlan implements FaultHook {
  private final String prefix;
  private final double p;
  private final long maxMicros;
  private final ThreadLocal<SplittableRandom> random;

  public DelayPlan(long seed, String prefix, double p, long maxMicros) {
    this.prefix = prefix;
    this.p = p;
    this.maxMicros = maxMicros;
    this.random = ThreadLocal.withInitial(
        () -> new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ Thread.currentThread().getName().hashCode()));
  }

  @Override
  public void at(String point) {
    if (!point.startsWith(prefix)) return;
    SplittableRandom r = random.get();
    if (r.nextDouble() < p) LockSupport.parkNanos(1_000 * (1 + r.nextLong(maxMicros)));
  }
}
