package minotaur.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.os.EventNotifier;
import minotaur.os.Futex;
import minotaur.os.Os;
import minotaur.os.QemuMutex;
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
 * Uncontended costs of the emulated OS calls (each a monitor section bracketed by two full
 * fences), with {@code ReentrantLock} for scale. They are the syscalls of the C code, so they
 * should be cheap next to a real syscall (~100 ns+), not next to a CAS.
 *
 * <p>Run: {@code java -cp target/minotaur.jar org.openjdk.jmh.Main OsBench -f 1 -wi 3 -i 3}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class OsBench {
  private final QemuMutex mutex = Os.jvm().mutex("m");
  private final ReentrantLock lock = new ReentrantLock();
  private final Futex futex = Os.jvm().futex("f");
  private final IntCell word = Memory.jvm().intCell("w", 1);
  private final EventNotifier notifier = Os.jvm().eventNotifier("n");

  @Benchmark public void mutexLockUnlock() {
    mutex.lock();
    mutex.unlock();
  }

  @Benchmark public void reentrantLockUnlock() {
    lock.lock();
    lock.unlock();
  }

  @Benchmark public void futexWakeNobody() {
    futex.wake(word, 1);
  }

  @Benchmark public void futexWaitValueDiffers() {
    futex.await(word, 0);
  }

  @Benchmark public boolean notifierSetTestAndClear() {
    notifier.set();
    return notifier.testAndClear();
  }
}
