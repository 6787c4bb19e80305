package minotaur.mem;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** {@link RefCell} on a field accessed only through the VarHandle {@code V}. */
final class JvmRefCell<T> implements RefCell<T> {
  private static final VarHandle V;

  static {
    try {
      V = MethodHandles.lookup().findVarHandle(JvmRefCell.class, "value", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final String name;
  @SuppressWarnings("unused") // accessed through V
  private Object value;

  JvmRefCell(String name, T initial) {
    this.name = name;
    V.setRelease(this, initial);
  }

  @Override public String name() { return name; }

  @SuppressWarnings("unchecked") @Override public T getPlain() { return (T) V.get(this); }
  @Override public void setPlain(T v) { V.set(this, v); }
  @SuppressWarnings("unchecked") @Override public T getOpaque() { return (T) V.getOpaque(this); }
  @Override public void setOpaque(T v) { V.setOpaque(this, v); }
  @SuppressWarnings("unchecked") @Override public T getAcquire() { return (T) V.getAcquire(this); }
  @Override public void setRelease(T v) { V.setRelease(this, v); }
  @SuppressWarnings("unchecked") @Override public T getVolatile() { return (T) V.getVolatile(this); }
  @Override public void setVolatile(T v) { V.setVolatile(this, v); }
  @SuppressWarnings("unchecked") @Override public T getAndSet(T v) { return (T) V.getAndSet(this, v); }
  @SuppressWarnings("unchecked") @Override public T compareAndExchange(T expected, T v) { return (T) V.compareAndExchange(this, expected, v); }
  @Override public boolean compareAndSet(T expected, T v) { return V.compareAndSet(this, expected, v); }

  @Override public String toString() { return name + "=" + V.getVolatile(this); }
}
