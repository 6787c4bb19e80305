package minotaur.prim.exclusive;

import java.util.ArrayDeque;
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
 * A test-only {@link Os} with just what the mutual-exclusion ports call (mutex, condvar, Xen event
 * channel), so their protocol tests do not depend on {@code Os.jvm()}. Blocking calls count their
 * sleepers ({@link #blocked()}) so tests can wait for a thread to be blocked instead of sleeping,
 * and throw {@link Abandoned} when interrupted.
 */
public final class FixtureOs implements Os {
  private final Object monitor = new Object();
  private int blocked;

  /** Threads now asleep in a condvar wait or an event-channel poll. */
  public int blocked() {
    synchronized (monitor) {
      return blocked;
    }
  }

  /** Waits (without sleeping as synchronisation: on the monitor) until {@code n} threads sleep. */
  public void awaitBlocked(int n) throws InterruptedException {
    synchronized (monitor) {
      while (blocked < n) monitor.wait();
    }
  }

  private void sleepUntil(java.util.function.BooleanSupplier done, String where) {
    synchronized (monitor) {
      if (done.getAsBoolean()) return;
      blocked++;
      monitor.notifyAll();
      try {
        while (!done.getAsBoolean()) monitor.wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Abandoned(where);
      } finally {
        blocked--;
      }
    }
  }

  @Override public QemuMutex mutex(String name) {
    ReentrantLock lock = new ReentrantLock();
    return new QemuMutex() {
      @Override public String name() { return name; }
      @Override public void lock() {
        try {
          lock.lockInterruptibly();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new Abandoned(name);
        }
      }
      @Override public boolean tryLock() { return lock.tryLock(); }
      @Override public void unlock() { lock.unlock(); }
      @Override public boolean isHeldByCurrentThread() { return lock.isHeldByCurrentThread(); }
    };
  }

  @Override public QemuCond cond(String name) {
    ArrayDeque<boolean[]> waiters = new ArrayDeque<>();
    return new QemuCond() {
      @Override public String name() { return name; }
      @Override public void await(QemuMutex mutex) {
        boolean[] woken = new boolean[1];
        synchronized (monitor) {
          waiters.add(woken);
        }
        mutex.unlock();
        try {
          sleepUntil(() -> woken[0], name);
        } finally {
          synchronized (monitor) {
            waiters.remove(woken);
          }
          mutex.lock();
        }
      }
      @Override public void signal() {
        synchronized (monitor) {
          boolean[] w = waiters.poll();
          if (w != null) w[0] = true;
          monitor.notifyAll();
        }
      }
      @Override public void broadcast() {
        synchronized (monitor) {
          for (boolean[] w : waiters) w[0] = true;
          waiters.clear();
          monitor.notifyAll();
        }
      }
    };
  }

  @Override public XenEventChannel xenEventChannel(String name, int cpus) {
    boolean[] pending = new boolean[cpus];
    return new XenEventChannel() {
      @Override public String name() { return name; }
      @Override public void clearPending(int cpu) {
        synchronized (monitor) {
          pending[cpu] = false;
        }
      }
      @Override public boolean isPending(int cpu) {
        synchronized (monitor) {
          return pending[cpu];
        }
      }
      @Override public void setPending(int cpu) {
        synchronized (monitor) {
          pending[cpu] = true;
          monitor.notifyAll();
        }
      }
      @Override public void poll(int cpu) {
        sleepUntil(() -> pending[cpu], name + "[" + cpu + "]");
      }
      @Override public void sendIpi(int cpu) {
        setPending(cpu);
      }
    };
  }

  @Override public Futex futex(String name) { throw new UnsupportedOperationException("futex"); }

  @Override public Win32Event win32Event(String name, boolean manualReset, boolean initialState) {
    throw new UnsupportedOperationException("win32Event");
  }

  @Override public EventNotifier eventNotifier(String name) {
    throw new UnsupportedOperationException("eventNotifier");
  }
}
