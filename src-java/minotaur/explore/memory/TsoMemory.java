package minotaur.explore.memory;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.UnaryOperator;

/**
 * x86-TSO (Owens, Sarkar, Sewell, TPHOLs 2009): each thread has a FIFO store buffer between it
 * and memory. Plain, opaque and release stores enter the buffer; the scheduler flushes the oldest
 * entry of a buffer to memory whenever it chooses ({@link #flush}). Every load, whatever its mode,
 * reads the newest entry for its cell in the thread's own buffer, else memory (store forwarding).
 *
 * <p>What drains the buffer, as HotSpot compiles it on x86: {@code fullFence} (mfence or a locked
 * add), volatile stores (a store followed by a fence: drain then write is equivalent, since the
 * buffer would be empty right after), every read-modify-write (a locked instruction), and every
 * emulated OS call (a kernel call or a locked instruction in C). Store-store, load-load, acquire
 * and release fences compile to nothing on x86: TSO already gives that order.
 *
 * <p>Footprints: a buffered store touches nothing shared (no other thread can see it); a flush
 * writes its cell and the buffer; a drain writes the buffer and every cell in it. A buffered store
 * and a flush of the same buffer commute (one appends, the other takes the oldest entry).
 */
public final class TsoMemory implements MemorySystem {
  private record Entry(SimCell cell, Object value) {
    @Override public String toString() {
      return cell.name + "=" + SimCell.show(value);
    }
  }

  private final ArrayDeque<Entry>[] buffers;
  /** Stand-ins for the buffers in footprints. */
  private final Object[] bufferTokens;

  @SuppressWarnings("unchecked")
  public TsoMemory(int threads) {
    buffers = new ArrayDeque[threads];
    bufferTokens = new Object[threads];
    for (int t = 0; t < threads; t++) {
      buffers[t] = new ArrayDeque<>();
      bufferTokens[t] = new Object();
    }
  }

  @Override public Object load(int thread, SimCell cell, Mode mode) {
    Iterator<Entry> newestFirst = buffers[thread].descendingIterator();
    while (newestFirst.hasNext()) {
      Entry e = newestFirst.next();
      if (e.cell == cell) return e.value;
    }
    return cell.value;
  }

  @Override public void store(int thread, SimCell cell, Object value, Mode mode) {
    if (mode == Mode.VOLATILE) {
      drain(thread);
      cell.value = value;
    } else {
      buffers[thread].addLast(new Entry(cell, value));
    }
  }

  @Override public Object readModifyWrite(int thread, SimCell cell, UnaryOperator<Object> f) {
    drain(thread);
    Object old = cell.value;
    cell.value = f.apply(old);
    return old;
  }

  @Override public void fence(int thread, Fence fence) {
    if (fence == Fence.FULL) drain(thread);
  }

  @Override public void osCall(int thread, long object, String name) {
    drain(thread);
  }

  private void drain(int thread) {
    for (Entry e; (e = buffers[thread].pollFirst()) != null; ) e.cell.value = e.value;
  }

  @Override public void footprint(int thread, Action action, Footprint into) {
    switch (action.kind) {
      case LOAD -> into.read(action.target);
      case STORE -> {
        if (action.mode == Mode.VOLATILE) {
          drainFootprint(thread, into);
          into.write(action.target);
        }
      }
      case RMW -> {
        drainFootprint(thread, into);
        into.write(action.target);
      }
      case FENCE -> {
        if (action.fence == Fence.FULL) drainFootprint(thread, into);
      }
      case OS -> drainFootprint(thread, into);
      default -> { }
    }
  }

  private void drainFootprint(int thread, Footprint into) {
    into.write(bufferTokens[thread]);
    for (Entry e : buffers[thread]) into.write(e.cell);
  }

  @Override public boolean canFlush(int thread) {
    return !buffers[thread].isEmpty();
  }

  @Override public String flush(int thread) {
    Entry e = buffers[thread].removeFirst();
    e.cell.value = e.value;
    return e.toString();
  }

  @Override public void flushFootprint(int thread, Footprint into) {
    into.write(bufferTokens[thread]);
    into.write(buffers[thread].peekFirst().cell);
  }

  @Override public String buffers() {
    StringBuilder sb = new StringBuilder();
    for (int t = 0; t < buffers.length; t++) {
      if (buffers[t].isEmpty()) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append('T').append(t).append(buffers[t]);
    }
    return sb.toString();
  }
}
