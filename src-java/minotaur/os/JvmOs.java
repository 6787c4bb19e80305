package minotaur.os;

/** Real-thread OS services. (Implementations are filled in by the os package.) */
final class JvmOs implements Os {
  static final JvmOs INSTANCE = new JvmOs();

  private JvmOs() {}

  @Override public QemuMutex mutex(String name) { throw new UnsupportedOperationException("todo"); }
  @Override public QemuCond cond(String name) { throw new UnsupportedOperationException("todo"); }
  @Override public Futex futex(String name) { throw new UnsupportedOperationException("todo"); }
  @Override public Win32Event win32Event(String name, boolean manualReset, boolean initialState) { throw new UnsupportedOperationException("todo"); }
  @Override public XenEventChannel xenEventChannel(String name, int cpus) { throw new UnsupportedOperationException("todo"); }
  @Override public EventNotifier eventNotifier(String name) { throw new UnsupportedOperationException("todo"); }
}
