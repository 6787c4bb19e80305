package minotaur.bench;

import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.aio.AioContext;
import minotaur.prim.aio.AioVariant;
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
 * {@code aio_notify} with no poller announced (notify_me == 0: the fence and a load) and with a
 * poller announced (notify_me != 0: event_notifier_set and notified), SEED versus BEFORE.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class AioBench {
  @Param({"SEED", "BEFORE"})
  public String variant;
  @Param({"false", "true"})
  public boolean sleepingPoller;
  private AioContext ctx;

  @Setup
  public void setup() {
    ctx = new AioContext(AioVariant.valueOf(variant), Memory.jvm(), Os.jvm());
    if (sleepingPoller) ctx.aioCtxPrepare(); // announce the home thread (notify_me |= 1)
  }

  @Benchmark
  public void aioNotify() {
    ctx.aioNotify();
  }
}
