package minotaur.bench;

import java.util.concurrent.TimeUnit;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.rcu.Rcu;
import minotaur.prim.rcu.RcuVariant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code synchronize_rcu} latency: alone (one registered, idle reader), and while a reader thread
 * runs {@code rcu_read_lock/unlock} back to back (the writer must wait for, and be woken by, it);
 * plus the cost of an outermost read-side critical section.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RcuBench {
  private Rcu rcu;

  @Setup(Level.Trial)
  public void setup() {
    rcu = new Rcu(Memory.jvm(), Os.jvm(), RcuVariant.CORRECT);
  }

  /** Registers each benchmark thread once. */
  @State(Scope.Thread)
  public static class Registered {
    @Setup(Level.Trial)
    public void register(RcuBench b) {
      if (!b.rcu.isRegistered()) b.rcu.registerThread();
    }
  }

  @Benchmark
  @Group("synchronizeIdle")
  public void synchronizeIdle(Registered r) {
    rcu.synchronizeRcu();
  }

  @Benchmark
  @Group("synchronizeWithReader")
  @GroupThreads(1)
  public void synchronizeWithReaderWriter(Registered r) {
    rcu.synchronizeRcu();
  }

  @Benchmark
  @Group("synchronizeWithReader")
  @GroupThreads(1)
  public void synchronizeWithReaderReader(Registered r) {
    rcu.readLock();
    rcu.readUnlock();
  }

  @Benchmark
  @Group("readSection")
  public void readSection(Registered r) {
    rcu.readLock();
    rcu.readUnlock();
  }
}
