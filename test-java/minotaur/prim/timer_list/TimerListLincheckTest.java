package minotaur.prim.timer_list;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import minotaur.mem.Memory;
import minotaur.os.EventNotifier;
import minotaur.os.Futex;
import minotaur.os.Os;
import minotaur.os.QemuCond;
import minotaur.os.QemuMutex;
import minotaur.os.Win32Event;
import minotaur.os.XenEventChannel;
import minotaur.prim.exclusive.FixtureOs;
import minotaur.prim.rcu.Rcu;
import minotaur.prim.rcu.RcuVariant;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;

/**
 * Lincheck's model checker on {@code timer_mod_ns}, {@code timer_del}, {@code timerlist_expired}
 * and {@code timerlist_deadline_ns} (clock at 50) against the timer-list specification (the same
 * rules as the {@code timer-list} model: T2, T3). BEFORE is linearizable against the same spec
 * with the seed's {@code expire_time < now} in {@code expired} (its reads are atomic under the
 * lock; its {@code <} itself is a T2 violation, shown by TimerListTest and the T2 checker, which
 * Lincheck's random expire times would hit only by chance). The lockless reads of
 * SEED and FIXED are not: a reader can hold the head while a {@code timer_mod} moves it, then
 * read its new expire time, which no state of the list gives; the seed accepts that race and
 * relies on {@code timerlist_notify}. (No {@code timer_free} here: with no concurrent free, SEED
 * and FIXED are the same code.)
 */
class TimerListLincheckTest {
  static final long NOW = 50;

  /** The sequential specification: the active timers and their expire times. */
  public static class Spec {
    private final Map<Integer, Long> active = new HashMap<>();

    public void mod(int timer, int expire) { active.put(timer, (long) Math.max(expire, 0)); }

    public void del(int timer) { active.remove(timer); }

    public boolean expired() {
      return active.values().stream().anyMatch(this::due);
    }

    /** T2: due at {@code expire_time <= now}. */
    boolean due(long expire) {
      return expire <= NOW;
    }

    public long deadline() {
      return active.isEmpty() ? -1 : Math.max(0, active.values().stream().min(Long::compare).get() - NOW);
    }
  }

  /** The spec with the seed's comparison {@code expire_time < now} in {@code expired}. */
  public static final class SeedComparisonSpec extends Spec {
    @Override boolean due(long expire) {
      return expire < NOW;
    }
  }

  /**
   * Mutexes from the exclusive family's test fixture (plain monitors): Lincheck snapshots and
   * restores static state between invocations, and {@code Os.jvm()}'s static wait registry, shared
   * with threads other tests leave behind in the same JVM, does not survive that. The futex (for
   * RCU's grace-period event) is never waited on here: no operation calls synchronize_rcu.
   */
  static final Os OS = new Os() {
    private final Os fixture = new FixtureOs();

    @Override public QemuMutex mutex(String name) { return fixture.mutex(name); }
    @Override public QemuCond cond(String name) { return fixture.cond(name); }
    @Override public Futex futex(String name) { return Os.jvm().futex(name); }
    @Override public Win32Event win32Event(String name, boolean m, boolean i) { throw new UnsupportedOperationException(name); }
    @Override public XenEventChannel xenEventChannel(String name, int cpus) { throw new UnsupportedOperationException(name); }
    @Override public EventNotifier eventNotifier(String name) { throw new UnsupportedOperationException(name); }
  };

  /** The operations on one variant's timer list. */
  public abstract static class Ops {
    private final Rcu rcu = new Rcu(Memory.jvm(), OS, RcuVariant.CORRECT);
    private final TimerList list;
    private final QemuTimer[] timers = new QemuTimer[3];

    Ops(TimerVariant variant) {
      list = new TimerList(variant, Memory.jvm(), OS, () -> NOW, rcu, new TimerHeap(Memory.jvm()), null);
      for (int i = 0; i < timers.length; i++) timers[i] = list.timerNew(o -> { }, (long) i);
    }

    private void registered() {
      if (!rcu.isRegistered()) rcu.registerThread();
    }

    @Operation public void mod(@Param(gen = IntGen.class, conf = "0:2") int timer,
        @Param(gen = IntGen.class, conf = "0:100") int expire) {
      list.timerModNs(timers[timer], expire);
    }

    @Operation public void del(@Param(gen = IntGen.class, conf = "0:2") int timer) { list.timerDel(timers[timer]); }

    @Operation public boolean expired() {
      registered();
      return list.timerlistExpired();
    }

    @Operation public long deadline() {
      registered();
      return list.timerlistDeadlineNs();
    }
  }

  public static final class Before extends Ops {
    public Before() { super(TimerVariant.BEFORE); }
  }

  public static final class Fixed extends Ops {
    public Fixed() { super(TimerVariant.FIXED); }
  }

  private static ModelCheckingOptions options(Class<? extends Spec> spec) {
    return new ModelCheckingOptions().iterations(2).invocationsPerIteration(100).threads(2)
        .actorsPerThread(3).actorsBefore(2).actorsAfter(1).sequentialSpecification(spec);
  }

  @Test
  void beforeIsLinearizableWithTheSeedComparison() {
    options(SeedComparisonSpec.class).check(Before.class);
  }

  /** Forbidden by T3, found: a deadline computed from a head that a concurrent mod moved. */
  @Test
  void locklessReadsAreNot() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> options(Spec.class).minimizeFailedScenario(false).check(Fixed.class));
    assertTrue(e.getMessage().contains("Invalid execution results"), e.getMessage());
  }
}
