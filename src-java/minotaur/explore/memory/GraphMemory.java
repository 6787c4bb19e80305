package minotaur.explore.memory;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import minotaur.explore.graph.Ord;
import minotaur.explore.graph.Trust;
import minotaur.mem.Order;

/**
 * The memory of one run of the execution-graph engine: every access, fence and OS call becomes an
 * event of the {@link Trust} exploration's graph, which decides what each read returns. Modes
 * map as docs/memory-models.md says: plain non-atomic, opaque relaxed, acquire/release,
 * volatile seq_cst; every VarHandle RMW one seq_cst update; an explicit {@link Order} as given.
 * Fences: fullFence F_sc, acquireFence and loadLoadFence F_acq, releaseFence and storeStoreFence
 * F_rel (C11 has no weaker fence; each is at least as strong as the barrier it stands for, so
 * a bug found is real). An OS call is one seq_cst update of its OS object's own hidden location
 * that also acts as an SC fence (PORTING.md: a kernel call or a locked instruction): the calls
 * on one object are ordered in one chain, and each reads from the one before it, which is the
 * synchronizes-with of every OS object (unlock to lock, signal to woken wait, wake to woken
 * wait, SetEvent to wait, send to poll, set to test-and-clear). A call that also touches a
 * second object (a condition variable's wait relocking its mutex) updates both. Calls on
 * different objects are not ordered against each other except by those fences, so their orders
 * are not separate graphs. The objects' state stays in their fields: each chain's order is the
 * order in which the run executes that object's calls.
 *
 * <p>Cells keep in {@link SimCell#value} the value of their last write in mo, which is what the
 * end checks and outcomes read once every thread has finished.
 */
public final class GraphMemory implements MemorySystem {
  private final Trust trust;
  private final Map<SimCell, Integer> locations = new IdentityHashMap<>();
  private final Map<Long, Integer> osLocations = new HashMap<>();
  private final Map<Integer, String> names = new TreeMap<>();

  public GraphMemory(Trust trust) {
    this.trust = trust;
  }

  private int loc(SimCell cell) {
    Integer l = locations.get(cell);
    if (l == null) {
      l = trust.location(cell.key, cell.value);
      locations.put(cell, l);
      names.put(l, cell.name);
    }
    return l;
  }

  public Map<Integer, String> names() {
    return names;
  }

  static Ord ord(Mode mode) {
    return switch (mode) {
      case PLAIN -> Ord.NA;
      case OPAQUE -> Ord.RLX;
      case ACQUIRE -> Ord.ACQ;
      case RELEASE -> Ord.REL;
      case VOLATILE -> Ord.SC;
    };
  }

  static Ord ord(Order order) {
    return switch (order) {
      case RELAXED -> Ord.RLX;
      case ACQUIRE -> Ord.ACQ;
      case RELEASE -> Ord.REL;
      case ACQ_REL -> Ord.ACQ_REL;
      case SEQ_CST -> Ord.SC;
    };
  }

  static Ord ord(Fence fence) {
    return switch (fence) {
      case FULL -> Ord.SC;
      case ACQUIRE, LOAD_LOAD -> Ord.ACQ;
      case RELEASE, STORE_STORE -> Ord.REL;
    };
  }

  @Override public Object load(int thread, SimCell cell, Mode mode) {
    return trust.read(thread, loc(cell), ord(mode), cell.name + "." + mode.load() + "()");
  }

  @Override public void store(int thread, SimCell cell, Object value, Mode mode) {
    int l = loc(cell);
    trust.write(thread, l, ord(mode), value, cell.name + "." + mode.store() + "(" + SimCell.show(value) + ")");
    cell.value = trust.maxValue(l);
  }

  @Override public Object readModifyWrite(int thread, SimCell cell, UnaryOperator<Object> f) {
    return readModifyWrite(thread, cell, f, old -> true, Order.SEQ_CST, Order.SEQ_CST);
  }

  @Override public Object readModifyWrite(int thread, SimCell cell, UnaryOperator<Object> f, Predicate<Object> succeeds,
      Order success, Order failure) {
    int l = loc(cell);
    Object old = trust.update(thread, l, ord(success), ord(failure).asFailure(), f, succeeds, false,
        cell.name + ".rmw");
    cell.value = trust.maxValue(l);
    return old;
  }

  @Override public void fence(int thread, Fence fence) {
    trust.fence(thread, ord(fence), fence.method + "()");
  }

  @Override public void osCall(int thread, long object, String name) {
    int l = osLocations.computeIfAbsent(object, k -> trust.location(k, 0));
    names.putIfAbsent(l, name);
    trust.update(thread, l, Ord.SC, Ord.SC, old -> (Integer) old + 1, old -> true, true, name + " os call");
  }

  @Override public boolean graph() {
    return true;
  }

  @Override public void footprint(int thread, Action action, Footprint into) {
    throw new IllegalStateException("the graph engine uses no sleep sets");
  }

  @Override public boolean canFlush(int thread) {
    return false;
  }

  @Override public String flush(int thread) {
    throw new IllegalStateException("no store buffers in the graph engine");
  }

  @Override public void flushFootprint(int thread, Footprint into) {
    throw new IllegalStateException("no store buffers in the graph engine");
  }

  @Override public String buffers() {
    return "";
  }
}
