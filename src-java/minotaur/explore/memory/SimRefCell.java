package minotaur.explore.memory;

import minotaur.mem.RefCell;

/** A {@link RefCell} in simulated memory; compares by identity, as C compares pointers. */
final class SimRefCell<T> extends SimCell implements RefCell<T> {
  SimRefCell(CellHost run, String name, T initial) {
    super(run, name, initial);
  }

  @SuppressWarnings("unchecked") private T cast(Object o) { return (T) o; }

  @Override public T getPlain() { return cast(load(Mode.PLAIN)); }
  @Override public void setPlain(T v) { store(v, Mode.PLAIN); }
  @Override public T getOpaque() { return cast(load(Mode.OPAQUE)); }
  @Override public void setOpaque(T v) { store(v, Mode.OPAQUE); }
  @Override public T getAcquire() { return cast(load(Mode.ACQUIRE)); }
  @Override public void setRelease(T v) { store(v, Mode.RELEASE); }
  @Override public T getVolatile() { return cast(load(Mode.VOLATILE)); }
  @Override public void setVolatile(T v) { store(v, Mode.VOLATILE); }

  @Override public T getAndSet(T v) {
    return cast(update("getAndSet", v, old -> v));
  }

  @Override public T compareAndExchange(T expected, T v) {
    return cast(update("compareAndExchange", expected + ", " + v, old -> old == expected ? v : old));
  }

  @Override public boolean compareAndSet(T expected, T v) {
    return update("compareAndSet", expected + ", " + v, old -> old == expected ? v : old) == expected;
  }
}
