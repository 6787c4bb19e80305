package minotaur.mem;

/** A shared {@code bool} (e.g. {@code has_waiter}) with every access mode of PORTING.md. */
public interface BoolCell {
  String name();

  boolean getPlain();
  void setPlain(boolean v);
  boolean getOpaque();
  void setOpaque(boolean v);
  boolean getAcquire();
  void setRelease(boolean v);
  boolean getVolatile();
  void setVolatile(boolean v);
  boolean getAndSet(boolean v);
  boolean compareAndExchange(boolean expected, boolean v);
}
