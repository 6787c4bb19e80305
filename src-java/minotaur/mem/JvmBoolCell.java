package minotaur.mem;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** {@link BoolCell} on a field accessed only through the VarHandle {@code V}. */
final class JvmBoolCell implements BoolCell {
  private static final VarHandle V;

  static {
    try {
      V = MethodHandles.lookup().findVarHandle(JvmBoolCell.class, "value", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final String name;
  @SuppressWarnings("unused") // accessed through V
  private boolean value;

  JvmBoolCell(String name, boolean initial) {
    this.name = name;
    V.setRelease(this, initial);
  }

  @Override public String name() { return name; }

  @Override public boolean getPlain() { return (boolean) V.get(this); }
  @Override public void setPlain(boolean v) { V.set(this, v); }
  @Override public boolean getOpaque() { return (boolean) V.getOpaque(this); }
  @Override public void setOpaque(boolean v) { V.setOpaque(this, v); }
  @Override public boolean getAcquire() { return (boolean) V.getAcquire(this); }
  @Override public void setRelease(boolean v) { V.setRelease(this, v); }
  @Override public boolean getVolatile() { return (boolean) V.getVolatile(this); }
  @Override public void setVolatile(boolean v) { V.setVolatile(this, v); }
  @Override public boolean getAndSet(boolean v) { return (boolean) V.getAndSet(this, v); }
  @Override public boolean compareAndExchange(boolean expected, boolean v) { return (boolean) V.compareAndExchange(this, expected, v); }

  @Override public String toString() { return name + "=" + V.getVolatile(this); }
}
