package minotaur.explore.memory;

import minotaur.fault.Faults;
import minotaur.mem.BoolCell;
import minotaur.mem.IntCell;
import minotaur.mem.LongCell;
import minotaur.mem.Memory;
import minotaur.mem.Order;
import minotaur.mem.RefCell;

/**
 * The JVM's memory ({@link Memory#jvm()}) with a fault point {@code mem@<cell>} before every
 * access, the name under which the explorer records its memory steps ({@code Run.visit}). So an
 * ordering plan derived from a schedule can hand the baton over between two accesses, as the
 * explorer preempted, not only at a port's named points. The access itself is the JVM's, in the
 * port's own mode; fences pass straight through.
 */
public final class PointedMemory implements Memory {
  private final Memory jvm = Memory.jvm();

  /** The point an access of the cell named {@code name} passes. */
  static String point(String name) {
    return "mem@" + name;
  }

  @Override public IntCell intCell(String name, int initial) { return new Int(jvm.intCell(name, initial)); }
  @Override public LongCell longCell(String name, long initial) { return new Long_(jvm.longCell(name, initial)); }
  @Override public BoolCell boolCell(String name, boolean initial) { return new Bool(jvm.boolCell(name, initial)); }
  @Override public <T> RefCell<T> refCell(String name, T initial) { return new Ref<>(jvm.refCell(name, initial)); }

  @Override public void fullFence() { jvm.fullFence(); }
  @Override public void storeStoreFence() { jvm.storeStoreFence(); }
  @Override public void loadLoadFence() { jvm.loadLoadFence(); }
  @Override public void acquireFence() { jvm.acquireFence(); }
  @Override public void releaseFence() { jvm.releaseFence(); }

  @Override public String toString() {
    return "jvm memory with a point per access";
  }

  private static final class Int implements IntCell {
    private final IntCell c;
    private final String p;

    Int(IntCell c) {
      this.c = c;
      this.p = point(c.name());
    }

    @Override public String name() { return c.name(); }
    @Override public int getPlain() { Faults.point(p); return c.getPlain(); }
    @Override public void setPlain(int v) { Faults.point(p); c.setPlain(v); }
    @Override public int getOpaque() { Faults.point(p); return c.getOpaque(); }
    @Override public void setOpaque(int v) { Faults.point(p); c.setOpaque(v); }
    @Override public int getAcquire() { Faults.point(p); return c.getAcquire(); }
    @Override public void setRelease(int v) { Faults.point(p); c.setRelease(v); }
    @Override public int getVolatile() { Faults.point(p); return c.getVolatile(); }
    @Override public void setVolatile(int v) { Faults.point(p); c.setVolatile(v); }
    @Override public int getAndSet(int v) { Faults.point(p); return c.getAndSet(v); }
    @Override public int compareAndExchange(int e, int v) { Faults.point(p); return c.compareAndExchange(e, v); }
    @Override public boolean compareAndSet(int e, int v) { Faults.point(p); return c.compareAndSet(e, v); }
    @Override public int getAndAdd(int d) { Faults.point(p); return c.getAndAdd(d); }
    @Override public int getAndBitwiseOr(int b) { Faults.point(p); return c.getAndBitwiseOr(b); }
    @Override public int getAndBitwiseAnd(int b) { Faults.point(p); return c.getAndBitwiseAnd(b); }
    @Override public int getAndSet(int v, Order o) { Faults.point(p); return c.getAndSet(v, o); }
    @Override public int getAndAdd(int d, Order o) { Faults.point(p); return c.getAndAdd(d, o); }

    @Override public int compareAndExchange(int e, int v, Order success, Order failure) {
      Faults.point(p);
      return c.compareAndExchange(e, v, success, failure);
    }

    @Override public String toString() { return c.toString(); }
  }

  private static final class Long_ implements LongCell {
    private final LongCell c;
    private final String p;

    Long_(LongCell c) {
      this.c = c;
      this.p = point(c.name());
    }

    @Override public String name() { return c.name(); }
    @Override public long getPlain() { Faults.point(p); return c.getPlain(); }
    @Override public void setPlain(long v) { Faults.point(p); c.setPlain(v); }
    @Override public long getOpaque() { Faults.point(p); return c.getOpaque(); }
    @Override public void setOpaque(long v) { Faults.point(p); c.setOpaque(v); }
    @Override public long getAcquire() { Faults.point(p); return c.getAcquire(); }
    @Override public void setRelease(long v) { Faults.point(p); c.setRelease(v); }
    @Override public long getVolatile() { Faults.point(p); return c.getVolatile(); }
    @Override public void setVolatile(long v) { Faults.point(p); c.setVolatile(v); }
    @Override public long getAndSet(long v) { Faults.point(p); return c.getAndSet(v); }
    @Override public long compareAndExchange(long e, long v) { Faults.point(p); return c.compareAndExchange(e, v); }
    @Override public boolean compareAndSet(long e, long v) { Faults.point(p); return c.compareAndSet(e, v); }
    @Override public long getAndAdd(long d) { Faults.point(p); return c.getAndAdd(d); }
    @Override public long getAndBitwiseOr(long b) { Faults.point(p); return c.getAndBitwiseOr(b); }
    @Override public long getAndBitwiseAnd(long b) { Faults.point(p); return c.getAndBitwiseAnd(b); }
    @Override public String toString() { return c.toString(); }
  }

  private static final class Bool implements BoolCell {
    private final BoolCell c;
    private final String p;

    Bool(BoolCell c) {
      this.c = c;
      this.p = point(c.name());
    }

    @Override public String name() { return c.name(); }
    @Override public boolean getPlain() { Faults.point(p); return c.getPlain(); }
    @Override public void setPlain(boolean v) { Faults.point(p); c.setPlain(v); }
    @Override public boolean getOpaque() { Faults.point(p); return c.getOpaque(); }
    @Override public void setOpaque(boolean v) { Faults.point(p); c.setOpaque(v); }
    @Override public boolean getAcquire() { Faults.point(p); return c.getAcquire(); }
    @Override public void setRelease(boolean v) { Faults.point(p); c.setRelease(v); }
    @Override public boolean getVolatile() { Faults.point(p); return c.getVolatile(); }
    @Override public void setVolatile(boolean v) { Faults.point(p); c.setVolatile(v); }
    @Override public boolean getAndSet(boolean v) { Faults.point(p); return c.getAndSet(v); }

    @Override public boolean compareAndExchange(boolean e, boolean v) {
      Faults.point(p);
      return c.compareAndExchange(e, v);
    }

    @Override public String toString() { return c.toString(); }
  }

  private static final class Ref<T> implements RefCell<T> {
    private final RefCell<T> c;
    private final String p;

    Ref(RefCell<T> c) {
      this.c = c;
      this.p = point(c.name());
    }

    @Override public String name() { return c.name(); }
    @Override public T getPlain() { Faults.point(p); return c.getPlain(); }
    @Override public void setPlain(T v) { Faults.point(p); c.setPlain(v); }
    @Override public T getOpaque() { Faults.point(p); return c.getOpaque(); }
    @Override public void setOpaque(T v) { Faults.point(p); c.setOpaque(v); }
    @Override public T getAcquire() { Faults.point(p); return c.getAcquire(); }
    @Override public void setRelease(T v) { Faults.point(p); c.setRelease(v); }
    @Override public T getVolatile() { Faults.point(p); return c.getVolatile(); }
    @Override public void setVolatile(T v) { Faults.point(p); c.setVolatile(v); }
    @Override public T getAndSet(T v) { Faults.point(p); return c.getAndSet(v); }
    @Override public T compareAndExchange(T e, T v) { Faults.point(p); return c.compareAndExchange(e, v); }
    @Override public boolean compareAndSet(T e, T v) { Faults.point(p); return c.compareAndSet(e, v); }
    @Override public String toString() { return c.toString(); }
  }
}
