package minotaur.explore.memory;

import java.util.Arrays;

/**
 * The shared objects one step reads and writes (cells, OS objects, store buffers). Two steps of
 * different choices are dependent when one writes an object the other touches; independent steps
 * commute, which is what sleep-set reduction relies on. Footprints are over-approximations: a
 * dependence too many costs schedules, one too few would lose them.
 */
public final class Footprint {
  private Object[] reads = new Object[4];
  private Object[] writes = new Object[4];
  private int readCount;
  private int writeCount;

  void read(Object o) {
    if (readCount == reads.length) reads = Arrays.copyOf(reads, readCount * 2);
    reads[readCount++] = o;
  }

  public void write(Object o) {
    if (writeCount == writes.length) writes = Arrays.copyOf(writes, writeCount * 2);
    writes[writeCount++] = o;
  }

  /** True if the two steps do not commute (a write of one meets a read or write of the other). */
  public boolean conflicts(Footprint other) {
    return writesAnyOf(other.writes, other.writeCount) || writesAnyOf(other.reads, other.readCount)
        || other.writesAnyOf(reads, readCount);
  }

  private boolean writesAnyOf(Object[] objects, int count) {
    for (int i = 0; i < writeCount; i++) {
      for (int j = 0; j < count; j++) {
        if (writes[i] == objects[j]) return true;
      }
    }
    return false;
  }
}
