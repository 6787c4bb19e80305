package minotaur.os;

/** Factory of OS services for a port: real ones ({@link #jvm()}) or the explorer's. */
public interface Os {
  /** {@code QemuMutex}: not recursive; unlocking a mutex one does not hold is an error. */
  QemuMutex mutex(String name);

  /** {@code QemuCond}: POSIX condvar semantics, spurious wakeups allowed (and injectable). */
  QemuCond cond(String name);

  /** The Linux futex syscall on int cells (QemuEvent's Linux flavour). */
  Futex futex(String name);

  /** {@code CreateEvent(NULL, manualReset, initialState, NULL)}; never wakes spuriously. */
  Win32Event win32Event(String name, boolean manualReset, boolean initialState);

  /** Per-CPU Xen event channels used for spinlock kicks ({@code lock_kicker_irq}). */
  XenEventChannel xenEventChannel(String name, int cpus);

  /** AioContext's {@code EventNotifier}: a counter with set, test-and-clear and a blocking wait. */
  EventNotifier eventNotifier(String name);

  /** The real-thread implementation. */
  static Os jvm() {
    return JvmOs.INSTANCE;
  }
}
