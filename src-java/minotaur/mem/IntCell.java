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
}
