package minotaur.explore.memory;

import minotaur.mem.IntCell;
import minotaur.mem.Order;

/** An {@link IntCell} in simulated memory; every access is a scheduling point. */
public final class SimIntCell extends SimCell implements IntCell {
  SimIntCell(CellHost run, String name, int initial) {
    super(run, name, initial);
  }

  @Override public int getPlain() { return (Integer) load(Mode.PLAIN); }
  @Override public void setPlain(int v) { store(v, Mode.PLAIN); }
  @Override public int getOpaque() { return (Integer) load(Mode.OPAQUE); }
  @Override public void setOpaque(int v) { store(v, Mode.OPAQUE); }
  @Override public int getAcquire() { return (Integer) load(Mode.ACQUIRE); }
  @Override public void setRelease(int v) { store(v, Mode.RELEASE); }
  @Override public int getVolatile() { return (Integer) load(Mode.VOLATILE); }
  @Override public void setVolatile(int v) { store(v, Mode.VOLATILE); }

  @Override public int getAndSet(int v) {
    return (Integer) update("getAndSet", v, old -> v);
  }

  @Override public int compareAndExchange(int expected, int v) {
    return (Integer) update("compareAndExchange", expected + ", " + v,
        old -> (Integer) old == expected ? v : old);
  }

  @Override public boolean compareAndSet(int expected, int v) {
    return (Integer) update("compareAndSet", expected + ", " + v,
        old -> (Integer) old == expected ? v : old) == expected;
  }

  @Override public int getAndAdd(int delta) {
    return (Integer) update("getAndAdd", delta, old -> (Integer) old + delta);
  }

  @Override public int getAndBitwiseOr(int bits) {
    return (Integer) update("getAndBitwiseOr", bits, old -> (Integer) old | bits);
  }

  @Override public int getAndBitwiseAnd(int bits) {
    return (Integer) update("getAndBitwiseAnd", bits, old -> (Integer) old & bits);
  }

  @Override public int getAndSet(int v, Order order) {
    return (Integer) update("getAndSet", v, old -> v, old -> true, order, order);
  }

  @Override public int compareAndExchange(int expected, int v, Order success, Order failure) {
    return (Integer) update("compareAndExchange", expected + ", " + v, old -> v,
        old -> (Integer) old == expected, success, failure);
  }

  @Override public int getAndAdd(int delta, Order order) {
    return (Integer) update("getAndAdd", delta, old -> (Integer) old + delta, old -> true, order, order);
  }
}
