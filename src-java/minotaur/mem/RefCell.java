package minotaur.mem;

/**
 * A shared pointer (e.g. {@code lock_spinners[cpu]}, {@code active_timers}) with every access
 * mode of PORTING.md. Comparisons are by identity, as pointers are in C.
 */
public interface RefCell<T> {
  String name();

  T getPlain();
  void setPlain(T v);
  T getOpaque();
  void setOpaque(T v);
  /** {@code atomic_rcu_read}, {@code atomic_load_acquire}. */
  T getAcquire();
  /** {@code atomic_rcu_set}, {@code atomic_store_release}. */
  void setRelease(T v);
  T getVolatile();
  void setVolatile(T v);
  T getAndSet(T v);
  T compareAndExchange(T expected, T v);
  boolean compareAndSet(T expected, T v);
}
