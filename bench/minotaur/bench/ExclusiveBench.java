package minotaur.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.exclusive.CpuList;
import minotaur.prim.exclusive.CpuListVariant;
import minotaur.prim.exclusive.CpuState;
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
 * The point of seed 000: a {@code cpu_exec_start}/{@code cpu_exec_end} pair with no exclusive
 * section pending costs two opaque stores, two full fences and two opaque loads in the seed,
 * against two lock/unlock pairs of {@code qemu_cpu_list_lock} before it. One thread
 * (uncontended) and two vCPU threads (before the seed they contend on the list lock).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExclusiveBench {
  /** The CPU list shared by the benchmark threads. */
  @State(Scope.Benchmark)
  public static class Cpus {
    @Param({"SEED", "BEFORE"})
    public CpuListVariant variant;
    CpuList list;
    final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setUp() {
      list = new CpuList(Memory.jvm(), Os.jvm(), 2, variant);
    }
  }

  /** The vCPU a benchmark thread plays. */
  @State(Scope.Thread)
  public static class Vcpu {
    CpuState cpu;

    @Setup
    public void setUp(Cpus cpus) {
      cpu = cpus.list.cpu(cpus.next.getAndIncrement() % 2);
    }
  }

  @Benchmark
  @Threads(1)
  public void execStartEndUncontended(Cpus cpus, Vcpu vcpu) {
    cpus.list.cpuExecStart(vcpu.cpu);
    cpus.list.cpuExecEnd(vcpu.cpu);
  }

  @Benchmark
  @Threads(2)
  public void execStartEndTwoCpus(Cpus cpus, Vcpu vcpu) {
    cpus.list.cpuExecStart(vcpu.cpu);
    cpus.list.cpuExecEnd(vcpu.cpu);
  }
}
