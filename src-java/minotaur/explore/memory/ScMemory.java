package minotaur.explore.memory;

import java.util.function.UnaryOperator;

/**
 * Sequential consistency: every access takes effect in memory at once, in the order the
 * scheduler runs the steps, so fences order nothing that is not already ordered.
 */
public final class ScMemory implements MemorySystem {
  @Override public Object load(int thread, SimCell cell, Mode mode) {
    return cell.value;
  }

  @Override public void store(int thread, SimCell cell, Object value, Mode mode) {
    cell.value = value;
  }

  @Override public Object readModifyWrite(int thread, SimCell cell, UnaryOperator<Object> f) {
    Object old = cell.value;
    cell.value = f.apply(old);
    return old;
  }

  @Override public void fence(int thread, Fence fence) {}

  @Override public void osCall(int thread, long object, String name) {}

  @Override public void footprint(int thread, Action action, Footprint into) {
    switch (action.kind) {
      case LOAD -> into.read(action.target);
      case STORE, RMW -> into.write(action.target);
      default -> { }
    }
  }

  @Override public boolean canFlush(int thread) {
    return false;
  }

  @Override public String flush(int thread) {
    throw new IllegalStateException("no store buffers under SC");
  }

  @Override public void flushFootprint(int thread, Footprint into) {
    throw new IllegalStateException("no store buffers under SC");
  }

  @Override public String buffers() {
    return "";
  }
}
