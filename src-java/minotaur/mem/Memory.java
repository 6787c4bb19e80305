package minotaur.mem;

/**
 * Where cells live and what fences do. Implementations: the JVM's own memory ({@link #jvm()}) and
 * the explorer's simulated memories. Cell names appear in explorer traces; use the C field name,
 * e.g. {@code "pending_cpus"} or {@code "cpu[2].running"}.
 */
public interface Memory {
  IntCell intCell(String name, int initial);

  LongCell longCell(String name, long initial);

  BoolCell boolCell(String name, boolean initial);

  <T> RefCell<T> refCell(String name, T initial);

  /** {@code smp_mb()}: {@code VarHandle.fullFence()}. */
  void fullFence();

  /** {@code smp_wmb()}: {@code VarHandle.storeStoreFence()}. */
  void storeStoreFence();

  /** {@code smp_rmb()}: {@code VarHandle.loadLoadFence()}. */
  void loadLoadFence();

  /** {@code VarHandle.acquireFence()}. */
  void acquireFence();

  /** {@code VarHandle.releaseFence()}. */
  void releaseFence();

  /** The real JVM memory, on VarHandles. */
  static Memory jvm() {
    return JvmMemory.INSTANCE;
  }
}
