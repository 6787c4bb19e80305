package minotaur.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import minotaur.mem.IntCell;
import minotaur.mem.LongCell;
import minotaur.mem.Memory;
import minotaur.mem.RefCell;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each {@code mem} cell access mode against the same VarHandle access on a plain field of a holder
 * object: the cells must cost nothing over direct VarHandle use (issue 3). The holder gives the
 * direct access the same one dereference a cell has, so the difference is the call path
 * (interface call, cast, inlining) alone. Single-threaded: no contention.
 *
 * <p>Run: {@code java -cp target/minotaur.jar org.openjdk.jmh.Main MemBench -f 1 -wi 3 -i 3}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MemBench {
  private static final VarHandle INT;
  private static final VarHandle LONG;
  private static final VarHandle REF;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      INT = l.findVarHandle(Holder.class, "intField", int.class);
      LONG = l.findVarHandle(Holder.class, "longField", long.class);
      REF = l.findVarHandle(Holder.class, "refField", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Plain fields, as a port without cells would declare them. */
  static final class Holder {
    int intField; // accessed through INT
    long longField; // accessed through LONG
    Object refField; // accessed through REF
  }

  private final Holder h = new Holder();
  private final Object a = new Object();
  private final Object b = new Object();

  private final IntCell intCell = Memory.jvm().intCell("i", 0);
  private final LongCell longCell = Memory.jvm().longCell("l", 0);
  private final RefCell<Object> refCell = Memory.jvm().refCell("r", a);
  private int v;

  @Benchmark public int cellGetPlain() { return intCell.getPlain(); }
  @Benchmark public int directGetPlain() { return (int) INT.get(h); }
  @Benchmark public void cellSetPlain() { intCell.setPlain(++v); }
  @Benchmark public void directSetPlain() { INT.set(h, ++v); }

  @Benchmark public int cellGetOpaque() { return intCell.getOpaque(); }
  @Benchmark public int directGetOpaque() { return (int) INT.getOpaque(h); }
  @Benchmark public void cellSetOpaque() { intCell.setOpaque(++v); }
  @Benchmark public void directSetOpaque() { INT.setOpaque(h, ++v); }

  @Benchmark public int cellGetAcquire() { return intCell.getAcquire(); }
  @Benchmark public int directGetAcquire() { return (int) INT.getAcquire(h); }
  @Benchmark public void cellSetRelease() { intCell.setRelease(++v); }
  @Benchmark public void directSetRelease() { INT.setRelease(h, ++v); }

  @Benchmark public int cellGetVolatile() { return intCell.getVolatile(); }
  @Benchmark public int directGetVolatile() { return (int) INT.getVolatile(h); }
  @Benchmark public void cellSetVolatile() { intCell.setVolatile(++v); }
  @Benchmark public void directSetVolatile() { INT.setVolatile(h, ++v); }

  @Benchmark public int cellGetAndSet() { return intCell.getAndSet(++v); }
  @Benchmark public int directGetAndSet() { return (int) INT.getAndSet(h, ++v); }

  @Benchmark public int cellCompareAndExchange() { return intCell.compareAndExchange(v, ++v); }
  @Benchmark public int directCompareAndExchange() { return (int) INT.compareAndExchange(h, v, ++v); }

  @Benchmark public long cellGetAndAddLong() { return longCell.getAndAdd(1); }
  @Benchmark public long directGetAndAddLong() { return (long) LONG.getAndAdd(h, 1L); }

  @Benchmark public int cellGetAndBitwiseOr() { return intCell.getAndBitwiseOr(++v); }
  @Benchmark public int directGetAndBitwiseOr() { return (int) INT.getAndBitwiseOr(h, ++v); }

  /** Swaps between two objects so the CAS always succeeds. */
  @Benchmark public boolean cellRefCompareAndSet() {
    return refCell.compareAndSet(a, b) || refCell.compareAndSet(b, a);
  }

  @Benchmark public boolean directRefCompareAndSet() {
    return REF.compareAndSet(h, a, b) || REF.compareAndSet(h, b, a);
  }

  @Benchmark public void cellFullFence() { Memory.jvm().fullFence(); }
  @Benchmark public void directFullFence() { VarHandle.fullFence(); }
}
