package minotaur.prim.qemu_event;

import minotaur.fault.Faults;
import minotaur.mem.IntCell;
import minotaur.os.Abandoned;
import minotaur.os.EventNotifier;
import minotaur.os.Futex;
import minotaur.os.Os;
import minotaur.os.QemuCond;
import minotaur.os.QemuMutex;
import minotaur.os.Win32Event;
import minotaur.os.XenEventChannel;

/**
 * Test-only OS services on Java monitors (wait/notifyAll), for the wakeup family's tests until
 * {@code Os.jvm()} is complete, and for Lincheck, which sees monitor blocking. A blocked call
 * throws {@link Abandoned} when its thread is interrupted. Only the futex can wake spuriously
 * (from {@link Faults#spuriousWakeup}); Win32 events and notifiers never do.
 */
public final class MonitorOs implements Os {
  @Override public QemuMutex mutex(String name) { throw new UnsupportedOperationException(name); }
  @Override public QemuCond cond(String name) { throw new UnsupportedOperationException(name); }
  @Override public XenEventChannel xenEventChannel(String name, int cpus) { throw new UnsupportedOperationException(name); }

  @Override public Futex futex(String name) { return new MonitorFutex(name); }
  @Override public Win32Event win32Event(String name, boolean manualReset, boolean initialState) {
    if (!manualReset) throw new UnsupportedOperationException("auto-reset events");
    return new MonitorEvent(name, initialState);
  }
  @Override public EventNotifier eventNotifier(String name) { return new MonitorNotifier(name); }

  private static void await(Object monitor, String where) {
    try {
      monitor.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Abandoned(where);
    }
  }

  static final class MonitorEvent implements Win32Event {
    private final String name;
    private boolean signalled;

    MonitorEvent(String name, boolean signalled) {
      this.name = name;
      this.signalled = signalled;
    }

    @Override public String name() { return name; }
    @Override public synchronized void setEvent() { signalled = true; notifyAll(); }
    @Override public synchronized void resetEvent() { signalled = false; }
    @Override public synchronized boolean isSignalled() { return signalled; }

    @Override
    public synchronized void waitForSingleObject() {
      while (!signalled) await(this, "WaitForSingleObject(" + name + ")");
    }
  }

  static final class MonitorFutex implements Futex {
    private final String name;

    MonitorFutex(String name) {
      this.name = name;
    }

    @Override public String name() { return name; }

    @Override
    public synchronized void await(IntCell word, int expected) {
      if (word.getVolatile() != expected) return; // EWOULDBLOCK
      if (Faults.spuriousWakeup("futex:" + name)) return;
      MonitorOs.await(this, "futex_wait(" + name + ")");
    }

    @Override
    public synchronized void wake(IntCell word, int count) {
      notifyAll(); // waking more than asked is a spurious wakeup for the rest, which POSIX allows
    }
  }

  static final class MonitorNotifier implements EventNotifier {
    private final String name;
    private boolean set;

    MonitorNotifier(String name) {
      this.name = name;
    }

    @Override public String name() { return name; }
    @Override public synchronized void set() { set = true; notifyAll(); }
    @Override public synchronized boolean isSet() { return set; }

    @Override
    public synchronized boolean testAndClear() {
      boolean was = set;
      set = false;
      return was;
    }

    @Override
    public synchronized void awaitSet() {
      while (!set) MonitorOs.await(this, "ppoll(" + name + ")");
    }
  }
}
