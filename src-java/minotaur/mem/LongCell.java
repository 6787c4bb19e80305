package minotaur.mem;

/** A shared {@code long} with every access mode of PORTING.md. */
public interface LongCell {
  String name();

  long getPlain();
  void setPlain(long v);
  long getOpaque();
  void setOpaque(long v);
  long getAcquire();
  void setRelease(long v);
  long getVolatile();
  void setVolatile(long v);

  /** {@code atomic_xchg}: seq-cst swap, returns the old value. */
  long getAndSet(long v);
  /** {@code atomic_cmpxchg}: seq-cst CAS, returns the witness (old) value. */
  long compareAndExchange(long expected, long v);
  boolean compareAndSet(long expected, long v);
  long getAndAdd(long delta);
  long getAndBitwiseOr(long bits);
  long getAndBitwiseAnd(long bits);
}
