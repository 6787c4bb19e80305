package minotaur.explore.sim;

import minotaur.os.EventNotifier;
import minotaur.os.Futex;
import minotaur.os.Os;
import minotaur.os.QemuCond;
import minotaur.os.QemuMutex;
import minotaur.os.Win32Event;
import minotaur.os.XenEventChannel;

/** The explorer's {@link Os}: every object is simulated and every call a scheduling point. */
public final class SimOs implements Os {
  private final OsHost run;

  public SimOs(OsHost run) {
    this.run = run;
  }

  @Override public QemuMutex mutex(String name) { return new SimMutex(run, name); }
  @Override public QemuCond cond(String name) { return new SimCond(run, name); }
  @Override public Futex futex(String name) { return new SimFutex(run, name); }

  @Override public Win32Event win32Event(String name, boolean manualReset, boolean initialState) {
    return new SimWin32Event(run, name, manualReset, initialState);
  }

  @Override public XenEventChannel xenEventChannel(String name, int cpus) {
    return new SimXenEventChannel(run, name, cpus);
  }

  @Override public EventNotifier eventNotifier(String name) { return new SimEventNotifier(run, name); }

  @Override public String toString() {
    return "explorer os";
  }
}
