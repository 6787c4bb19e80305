package minotaur.bench;

import java.util.concurrent.TimeUnit;
import minotaur.fault.FaultInjector;
import minotaur.fault.FaultPlan;
import minotaur.fault.FaultScope;
import minotaur.fault.Faults;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a fault point in a port's hot path: with no plan ({@code none}, issue 3's "costing
 * about nothing"), and with a plan installed whose rules do not match the point ({@code
 * unmatched}: the injector's per-point rule cache and nothing else), the same plan served to the
 * benchmark thread through a run's scope ({@code bound}: the thread's scope lookup as well), next
 * to the same opaque increment without a point.
 *
 * <p>Run: {@code java -cp target/minotaur.jar org.openjdk.jmh.Main FaultBench -f 1 -wi 3 -i 3}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class FaultBench {
  @Param({"none", "unmatched", "bound"})
  public String plan;

  private final IntCell cell = Memory.jvm().intCell("c", 0);
  private FaultInjector injector;
  private FaultScope scope;

  /** Thread-scoped state: this runs on the benchmark thread, so {@code bound} binds that thread. */
  @Setup(Level.Trial) public void install() {
    FaultPlan unmatched = FaultPlan.builder().yield(0.5, "elsewhere.*").build();
    if (plan.equals("unmatched")) {
      injector = unmatched.install();
    } else if (plan.equals("bound")) {
      scope = FaultScope.open(unmatched.injector());
      Faults.bind(scope);
    }
  }

  @TearDown(Level.Trial) public void uninstall() {
    if (injector != null) injector.close();
    if (scope != null) {
      Faults.bind(null);
      scope.close();
    }
  }

  @Benchmark public void withoutPoint() {
    cell.setOpaque(cell.getOpaque() + 1);
  }

  @Benchmark public void withPoint() {
    cell.setOpaque(cell.getOpaque() + 1);
    Faults.point("bench.after-increment");
  }
}
