package minotaur.explore.memory;

import minotaur.mem.BoolCell;

/** A {@link BoolCell} in simulated memory; every access is a scheduling point. */
final class SimBoolCell extends SimCell implements BoolCell {
  SimBoolCell(CellHost run, String name, boolean initial) {
    super(run, name, initial);
  }

  @Override public boolean getPlain() { return (Boolean) load(Mode.PLAIN); }
  @Override public void setPlain(boolean v) { store(v, Mode.PLAIN); }
  @Override public boolean getOpaque() { return (Boolean) load(Mode.OPAQUE); }
  @Override public void setOpaque(boolean v) { store(v, Mode.OPAQUE); }
  @Override public boolean getAcquire() { return (Boolean) load(Mode.ACQUIRE); }
  @Override public void setRelease(boolean v) { store(v, Mode.RELEASE); }
  @Override public boolean getVolatile() { return (Boolean) load(Mode.VOLATILE); }
  @Override public void setVolatile(boolean v) { store(v, Mode.VOLATILE); }

  @Override public boolean getAndSet(boolean v) {
    return (Boolean) update("getAndSet", v, old -> v);
  }

  @Override public boolean compareAndExchange(boolean expected, boolean v) {
    return (Boolean) update("compareAndExchange", expected + ", " + v,
        old -> (Boolean) old == expected ? v : old);
  }
}
