package minotaur.mem;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** {@link IntCell} on a field accessed only through the VarHandle {@code V}. */
final class JvmIntCell implements IntCell {
  private static final VarHandle V;

  static {
    try {
      V = MethodHandles.lookup().findVarHandle(JvmIntCell.class, "value", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final String name;
  @SuppressWarnings("unused") // accessed through V
  private int value;

  JvmIntCell(String name, int initial) {
    this.name = name;
    V.setRelease(this, initial);
  }

  @Override public String name() { return name; }

  @Override public int getPlain() { return (int) V.get(this); }
  @Override public void setPlain(int v) { V.set(this, v); }
  @Override public int getOpaque() { return (int) V.getOpaque(this); }
  @Override public void setOpaque(int v) { V.setOpaque(this, v); }
  @Override public int getAcquire() { return (int) V.getAcquire(this); }
  @Override public void setRelease(int v) { V.setRelease(this, v); }
  @Override public int getVolatile() { return (int) V.getVolatile(this); }
  @Override public void setVolatile(int v) { V.setVolatile(this, v); }
  @Override public int getAndSet(int v) { return (int) V.getAndSet(this, v); }
  @Override public int compareAndExchange(int expected, int v) { return (int) V.compareAndExchange(this, expected, v); }
  @Override public boolean compareAndSet(int expected, int v) { return V.compareAndSet(this, expected, v); }
  @Override public int getAndAdd(int delta) { return (int) V.getAndAdd(this, delta); }
  @Override public int getAndBitwiseOr(int bits) { return (int) V.getAndBitwiseOr(this, bits); }
  @Override public int getAndBitwiseAnd(int bits) { return (int) V.getAndBitwiseAnd(this, bits); }

  @Override public String toString() { return name + "=" + V.getVolatile(this); }
}
