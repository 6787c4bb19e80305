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

  // VarHandle has no relaxed RMW: RELAXED runs as acquire (Order's comment).
  @Override public int getAndSet(int v, Order order) {
    return switch (order) {
      case RELAXED, ACQUIRE -> (int) V.getAndSetAcquire(this, v);
      case RELEASE -> (int) V.getAndSetRelease(this, v);
      case ACQ_REL, SEQ_CST -> (int) V.getAndSet(this, v);
    };
  }

  @Override public int compareAndExchange(int expected, int v, Order success, Order failure) {
    return switch (success) {
      case RELAXED, ACQUIRE -> (int) V.compareAndExchangeAcquire(this, expected, v);
      case RELEASE -> failure.acquires()
          ? (int) V.compareAndExchange(this, expected, v)
          : (int) V.compareAndExchangeRelease(this, expected, v);
      case ACQ_REL, SEQ_CST -> (int) V.compareAndExchange(this, expected, v);
    };
  }

  @Override public int getAndAdd(int delta, Order order) {
    return switch (order) {
      case RELAXED, ACQUIRE -> (int) V.getAndAddAcquire(this, delta);
      case RELEASE -> (int) V.getAndAddRelease(this, delta);
      case ACQ_REL, SEQ_CST -> (int) V.getAndAdd(this, delta);
    };
  }

  @Override public String toString() { return name + "=" + V.getVolatile(this); }
}
