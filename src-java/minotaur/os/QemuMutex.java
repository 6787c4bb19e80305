package minotaur.os;

/** {@code qemu_mutex_lock/unlock/trylock}. */
public interface QemuMutex {
  String name();
  void lock();
  boolean tryLock();
  void unlock();
  /** For assertions ({@code qemu_mutex_iothread_locked()}-style checks). */
  boolean isHeldByCurrentThread();
}
