package minotaur.mem;

import java.lang.invoke.VarHandle;

/** The JVM's memory: cells are VarHandle fields, fences are VarHandle fences. */
final class JvmMemory implements Memory {
  static final JvmMemory INSTANCE = new JvmMemory();

  private JvmMemory() {}

  @Override public IntCell intCell(String name, int initial) { return new JvmIntCell(name, initial); }
  @Override public LongCell longCell(String name, long initial) { return new JvmLongCell(name, initial); }
  @Override public BoolCell boolCell(String name, boolean initial) { return new JvmBoolCell(name, initial); }
  @Override public <T> RefCell<T> refCell(String name, T initial) { return new JvmRefCell<>(name, initial); }

  @Override public void fullFence() { VarHandle.fullFence(); }
  @Override public void storeStoreFence() { VarHandle.storeStoreFence(); }
  @Override public void loadLoadFence() { VarHandle.loadLoadFence(); }
  @Override public void acquireFence() { VarHandle.acquireFence(); }
  @Override public void releaseFence() { VarHandle.releaseFence(); }

  @Override public String toString() { return "jvm"; }
}
