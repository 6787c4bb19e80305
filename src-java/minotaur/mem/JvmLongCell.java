package minotaur.mem;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** {@link LongCell} on a field accessed only through the VarHandle {@code V}. */
final class JvmLongCell implements LongCell {
  private static final VarHandle V;

  static {
    try {
      V = MethodHandles.lookup().findVarHandle(JvmLongCell.class, "value", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final String name;
  @SuppressWarnings("unused") // accessed through V
  private long value;

  JvmLongCell(String name, long initial) {
    this.name = name;
    V.setRelease(this, initial);
  }

  @Override public String name() { return name; }

  @Override public long getPlain() { return (long) V.get(this); }
  @Override public void setPlain(long v) { V.set(this, v); }
  @Override public long getOpaque() { return (long) V.getOpaque(this); }
  @Override public void setOpaque(long v) { V.setOpaque(this, v); }
  @Override public long getAcquire() { return (long) V.getAcquire(this); }
  @Override public void setRelease(long v) { V.setRelease(this, v); }
  @Override public long getVolatile() { return (long) V.getVolatile(this); }
  @Override public void setVolatile(long v) { V.setVolatile(this, v); }
  @Override public long getAndSet(long v) { return (long) V.getAndSet(this, v); }
  @Override public long compareAndExchange(long expected, long v) { return (long) V.compareAndExchange(this, expected, v); }
  @Override public boolean compareAndSet(long expected, long v) { return V.compareAndSet(this, expected, v); }
  @Override public long getAndAdd(long delta) { return (long) V.getAndAdd(this, delta); }
  @Override public long getAndBitwiseOr(long bits) { return (long) V.getAndBitwiseOr(this, bits); }
  @Override public long getAndBitwiseAnd(long bits) { return (long) V.getAndBitwiseAnd(this, bits); }

  @Override public String toString() { return name + "=" + V.getVolatile(this); }
}
