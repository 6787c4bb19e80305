package minotaur.bench;

import java.util.concurrent.TimeUnit;
import minotaur.fault.Faults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a disabled fault point adds to the ports' fast paths (no hook installed: one opaque load
 * and a branch), against an empty method.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExclusiveFaultPointBench {
  @Benchmark
  public void baseline() {}

  @Benchmark
  public void disabledFaultPoint() {
    Faults.point("xen.unlock.after-store");
  }
}
