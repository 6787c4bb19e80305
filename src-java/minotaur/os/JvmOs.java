package minotaur.os;

/**
 * Real-thread OS services: each primitive blocks with {@code synchronized}/{@code wait}/
 * {@code notifyAll} on a private monitor (which Lincheck's model checker understands), reports
 * blocked threads to {@link OsMonitor}, and acts as a full fence.
 */
final class JvmOs implements Os {
  static final JvmOs INSTANCE = new JvmOs();

  private JvmOs() {}

  @Override public QemuMutex mutex(String name) { return new JvmMutex(name); }
  @Override public QemuCond cond(String name) { return new JvmCond(name); }
  @Override public Futex futex(String name) { return new JvmFutex(name); }
  @Override public Win32Event win32Event(String name, boolean manualReset, boolean initialState) {
    return new JvmWin32Event(name, manualReset, initialState);
  }
  @Override public XenEventChannel xenEventChannel(String name, int cpus) {
    return new JvmXenEventChannel(name, cpus);
  }
  @Override public EventNotifier eventNotifier(String name) { return new JvmEventNotifier(name); }

  @Override public String toString() { return "jvm"; }
}
