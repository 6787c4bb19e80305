package minotaur.explore.memory;

import minotaur.mem.LongCell;

/** A {@link LongCell} in simulated memory; every access is a scheduling point. */
final class SimLongCell extends SimCell implements LongCell {
  SimLongCell(CellHost run, String name, long initial) {
    super(run, name, initial);
  }

  @Override public long getPlain() { return (Long) load(Mode.PLAIN); }
  @Override public void setPlain(long v) { store(v, Mode.PLAIN); }
  @Override public long getOpaque() { return (Long) load(Mode.OPAQUE); }
  @Override public void setOpaque(long v) { store(v, Mode.OPAQUE); }
  @Override public long getAcquire() { return (Long) load(Mode.ACQUIRE); }
  @Override public void setRelease(long v) { store(v, Mode.RELEASE); }
  @Override public long getVolatile() { return (Long) load(Mode.VOLATILE); }
  @Override public void setVolatile(long v) { store(v, Mode.VOLATILE); }

  @Override public long getAndSet(long v) {
    return (Long) update("getAndSet", v, old -> v);
  }

  @Override public long compareAndExchange(long expected, long v) {
    return (Long) update("compareAndExchange", expected + ", " + v,
        old -> (Long) old == expected ? v : old);
  }

  @Override public boolean compareAndSet(long expected, long v) {
    return (Long) update("compareAndSet", expected + ", " + v,
        old -> (Long) old == expected ? v : old) == expected;
  }

  @Override public long getAndAdd(long delta) {
    return (Long) update("getAndAdd", delta, old -> (Long) old + delta);
  }

  @Override public long getAndBitwiseOr(long bits) {
    return (Long) update("getAndBitwiseOr", bits, old -> (Long) old | bits);
  }

  @Override public long getAndBitwiseAnd(long bits) {
    return (Long) update("getAndBitwiseAnd", bits, old -> (Long) old & bits);
  }
}
