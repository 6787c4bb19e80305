package minotaur.bench;

import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.qemu_event.QemuEvent;
import minotaur.prim.qemu_event.QemuEventVariant;
import minotaur.prim.qemu_event.QemuEvents;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed's point: {@code qemu_event_set} on an already-set event, and an uncontended
 * set/reset/wait round, without a kernel call (SEED) versus with one every time (BEFORE, the
 * emulated Win32 event's monitor).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class EventBench {
  @Param({"SEED", "BEFORE"})
  public String variant;
  private QemuEvent ev;

  @Setup
  public void setup() {
    ev = QemuEvents.create(QemuEventVariant.valueOf(variant), QemuEventVariant.Flavour.WIN32,
        Memory.jvm(), Os.jvm(), true);
  }

  @Benchmark
  public void setOnSetEvent() {
    ev.qemuEventSet();
  }

  @Benchmark
  public void setResetWait() {
    ev.qemuEventReset();
    ev.qemuEventSet();
    ev.qemuEventWait();
  }
}
