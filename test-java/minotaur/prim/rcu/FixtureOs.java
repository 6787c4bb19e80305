package minotaur.prim.rcu;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import minotaur.os.Abandoned;
import minotaur.os.EventNotifier;
import minotaur.os.Futex;
import minotaur.os.Os;
import minotaur.os.QemuCond;
import minotaur.os.QemuMutex;
import minotaur.os.Win32Event;
import minotaur.os.XenEventChannel;

/**
 * Test-only {@link Os} with the two services RCU and the timer list use (mutex, condvar), until
 * {@code Os.jvm()} lands on main. Blocking waits throw {@link Abandoned} when interrupted.
 */
public final class FixtureOs implements Os {
  public static final FixtureOs INSTANCE = new FixtureOs();

  private FixtureOs() {}

  @Override
  public QemuMutex mutex(String name) {
    return new Mutex(name);
  }

  @Override
  public QemuCond cond(String name) {
    return new Cond(name);
  }

  @Override public Futex futex(String name) { throw new UnsupportedOperationException(name); }
  @Override public Win32Event win32Event(String name, boolean m, boolean i) { throw new UnsupportedOperationException(name); }
  @Override public XenEventChannel xenEventChannel(String name, int cpus) { throw new UnsupportedOperationException(name); }
  @Override public EventNotifier eventNotifier(String name) { throw new UnsupportedOperationException(name); }

  private static final class Mutex implements QemuMutex {
    final String name;
    final ReentrantLock lock = new ReentrantLock();

    Mutex(String name) { this.name = name; }

    @Override public String name() { return name; }

    @Override
    public void lock() {
      if (lock.isHeldByCurrentThread()) throw new IllegalStateException("recursive lock of " + name);
      lock.lock(); // held briefly by every user: not a wait the runner needs to abandon
    }

    @Override public boolean tryLock() { return !lock.isHeldByCurrentThread() && lock.tryLock(); }
    @Override public void unlock() { lock.unlock(); }
    @Override public boolean isHeldByCurrentThread() { return lock.isHeldByCurrentThread(); }
  }

  private static final class Cond implements QemuCond {
    final String name;
    // One Condition per mutex; a QemuCond is used with one mutex in practice.
    Condition condition;
    ReentrantLock owner;

    Cond(String name) { this.name = name; }

    @Override public String name() { return name; }

    private Condition of(QemuMutex m) {
      ReentrantLock l = ((Mutex) m).lock;
      if (owner == null) {
        owner = l;
        condition = l.newCondition();
      } else if (owner != l) {
        throw new IllegalStateException(name + " used with two mutexes");
      }
      return condition;
    }

    @Override
    public void await(QemuMutex mutex) {
      try {
        of(mutex).await(1, TimeUnit.SECONDS); // a bounded wait returns as a spurious wakeup
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Abandoned(name);
      }
    }

    @Override public void signal() { if (condition != null) condition.signal(); }
    @Override public void broadcast() { if (condition != null) condition.signalAll(); }
  }
}
