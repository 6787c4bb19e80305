package minotaur.explore.memory;

import minotaur.mem.BoolCell;
import minotaur.mem.IntCell;
import minotaur.mem.LongCell;
import minotaur.mem.Memory;
import minotaur.mem.RefCell;

/**
 * The {@link Memory} a scenario's port runs on inside the explorer: cells and fences whose every
 * use by an explored thread is a scheduling point, with the semantics of the run's memory model.
 * One instance per run, so every run starts from the scenario's initial values.
 */
public final class SimMemory implements Memory {
  private final CellHost run;

  public SimMemory(CellHost run) {
    this.run = run;
  }

  @Override public IntCell intCell(String name, int initial) { return new SimIntCell(run, name, initial); }
  @Override public LongCell longCell(String name, long initial) { return new SimLongCell(run, name, initial); }
  @Override public BoolCell boolCell(String name, boolean initial) { return new SimBoolCell(run, name, initial); }
  @Override public <T> RefCell<T> refCell(String name, T initial) { return new SimRefCell<>(run, name, initial); }

  @Override public void fullFence() { fence(Fence.FULL); }
  @Override public void storeStoreFence() { fence(Fence.STORE_STORE); }
  @Override public void loadLoadFence() { fence(Fence.LOAD_LOAD); }
  @Override public void acquireFence() { fence(Fence.ACQUIRE); }
  @Override public void releaseFence() { fence(Fence.RELEASE); }

  private void fence(Fence f) {
    int t = run.current();
    if (t < 0) return;
    run.point(t, Action.fence(f));
    run.memory().fence(t, f);
    if (run.tracing()) run.trace(t, f.method + "()");
  }

  @Override public String toString() {
    return "explorer memory (" + run.modelName() + ")";
  }
}
