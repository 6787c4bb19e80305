package minotaur.mem;

/** A shared {@code int} with every access mode of PORTING.md. */
public interface IntCell {
  String name();

  int getPlain();
  void setPlain(int v);
  int getOpaque();
  void setOpaque(int v);
  int getAcquire();
  void setRelease(int v);
  int getVolatile();
  void setVolatile(int v);

  /** {@code atomic_xchg}: seq-cst swap, returns the old value. */
  int getAndSet(int v);
  /** {@code atomic_cmpxchg}: seq-cst CAS, returns the witness (old) value. */
  int compareAndExchange(int expected, int v);
  boolean compareAndSet(int expected, int v);
  int getAndAdd(int delta);
  int getAndBitwiseOr(int bits);
  int getAndBitwiseAnd(int bits);

  /**
   * {@code atomic_exchange_explicit}: a swap with the given order. The default is the seq-cst
   * swap (stronger than asked); memories that tell orders apart override it.
   */
  default int getAndSet(int v, Order order) {
    return getAndSet(v);
  }

  /**
   * {@code atomic_compare_exchange_strong_explicit}: returns the witness; {@code failure} is the
   * order of the read when the comparison fails. The default is the seq-cst CAS.
   */
  default int compareAndExchange(int expected, int v, Order success, Order failure) {
    return compareAndExchange(expected, v);
  }

  /** {@code atomic_fetch_add_explicit}; the default is the seq-cst add. */
  default int getAndAdd(int delta, Order order) {
    return getAndAdd(delta);
  }
}
