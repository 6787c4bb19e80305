package minotaur.bench;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.timer_list.QemuTimer;
import minotaur.prim.timer_list.TimerListSystem;
import minotaur.prim.timer_list.TimerVariant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
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
 * The seed's point: {@code timerlist_expired} and {@code timerlist_deadline_ns} throughput with 1
 * and 2 reader threads while a writer keeps re-arming timers, lockless under RCU (SEED) versus
 * under {@code active_timers_lock} (BEFORE). Reads count as operations; the writer's ops are
 * reported separately by JMH's group results.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TimerBench {
  @Param({"SEED", "BEFORE"})
  public String variant;
  private TimerListSystem sys;
  private QemuTimer[] timers;

  @Setup(Level.Trial)
  public void setup() {
    sys = new TimerListSystem(TimerVariant.valueOf(variant), Memory.jvm(), Os.jvm());
    timers = new QemuTimer[8];
    for (int i = 0; i < timers.length; i++) {
      timers[i] = sys.list().timerNew(sys.recordFiring(), (long) i);
      sys.list().timerModNs(timers[i], 1_000 + i);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    sys.close();
  }

  /** Each reader thread registers with RCU once. */
  @State(Scope.Thread)
  public static class Reader {
    @Setup(Level.Trial)
    public void register(TimerBench b) {
      if (!b.sys.rcu().isRegistered()) b.sys.rcu().registerThread();
    }
  }

  private void modOne() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    sys.list().timerModNs(timers[r.nextInt(timers.length)], 500 + r.nextInt(1_000));
  }

  @Benchmark
  @Group("expired1")
  @GroupThreads(1)
  public boolean expired1(Reader r) {
    return sys.list().timerlistExpired();
  }

  @Benchmark
  @Group("expired1")
  @GroupThreads(1)
  public void expired1Writer() {
    modOne();
  }

  @Benchmark
  @Group("expired2")
  @GroupThreads(2)
  public boolean expired2(Reader r) {
    return sys.list().timerlistExpired();
  }

  @Benchmark
  @Group("expired2")
  @GroupThreads(1)
  public void expired2Writer() {
    modOne();
  }

  @Benchmark
  @Group("deadline1")
  @GroupThreads(1)
  public long deadline1(Reader r) {
    return sys.list().timerlistDeadlineNs();
  }

  @Benchmark
  @Group("deadline1")
  @GroupThreads(1)
  public void deadline1Writer() {
    modOne();
  }

  @Benchmark
  @Group("deadline2")
  @GroupThreads(2)
  public long deadline2(Reader r) {
    return sys.list().timerlistDeadlineNs();
  }

  @Benchmark
  @Group("deadline2")
  @GroupThreads(1)
  public void deadline2Writer() {
    modOne();
  }
}
