package minotaur.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.xen.XenLockCpus;
import minotaur.prim.xen.XenSpinlock;
import minotaur.prim.xen.XenVariant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Acquire/release of the Xen spinlock (seed, FIXED with its extra {@code mb()}) against the plain
 * byte lock it replaced, with the seed's spin count: one thread (fast path only) and two threads
 * on one lock (spinning, sometimes the slow path with a real event-channel block and kick).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class XenBench {
  /** The lock shared by the benchmark threads. */
  @State(Scope.Benchmark)
  public static class Lock {
    @Param({"SEED", "BEFORE", "FIXED"})
    public XenVariant variant;
    XenSpinlock lock;
    final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setUp() {
      XenLockCpus cpus = new XenLockCpus(Memory.jvm(), Os.jvm(), 2);
      lock = new XenSpinlock("bench", Memory.jvm(), cpus, variant, XenSpinlock.SEED_SPIN_COUNT);
    }
  }

  /** The CPU a benchmark thread plays. */
  @State(Scope.Thread)
  public static class Cpu {
    int id;

    @Setup
    public void setUp(Lock l) {
      id = l.next.getAndIncrement() % 2;
    }
  }

  @Benchmark
  @Threads(1)
  public void lockUnlockUncontended(Lock l, Cpu cpu) {
    l.lock.lock(cpu.id);
    l.lock.unlock();
  }

  @Benchmark
  @Threads(2)
  public void lockUnlockTwoThreads(Lock l, Cpu cpu) {
    l.lock.lock(cpu.id);
    l.lock.unlock();
  }
}
