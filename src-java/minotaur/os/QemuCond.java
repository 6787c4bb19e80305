package minotaur.os;

/** {@code qemu_cond_wait/signal/broadcast}; the caller holds the mutex passed to wait. */
public interface QemuCond {
  String name();
  /** Atomically releases {@code mutex} and sleeps; may return spuriously (POSIX allows it). */
  void await(QemuMutex mutex);
  void signal();
  void broadcast();
}
