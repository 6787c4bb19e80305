package minotaur.explore.litmus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The execution graph of one run under sequential consistency, recorded as the run goes: for every
 * read (in each thread's program order) the write it read from, and for every location its writes
 * in modification order. Events are named {@code <thread>.<n>}, the n-th shared access of the
 * thread; {@code i} is the initial write. This is the graph GenMC counts (Kokologiannakis et al.,
 * "Model checking for weakly consistent libraries", PLDI 2019): a successful read-modify-write is
 * one event that reads and writes, a failed compare-exchange only reads, fences are not events.
 *
 * <p>Why it is exact under SC, and only there: a thread logs its access right after the cell
 * performed it and before its next scheduling point, and only one explored thread runs between
 * scheduling points, so no other access comes between the two; under SC the value read is then the
 * last write performed, and writes are performed in modification order. (Under TSO a load may read
 * its own buffered store, so the log would be wrong; {@link LitmusRun} records graphs only under SC.)
 * Two schedules that differ only in the order of independent steps give the same graph, so the
 * distinct graphs over all schedules are the executions.
 */
final class GraphLog {
  private final int[] eventsSoFar;
  private final String[] lastWrite;
  private final List<List<String>> readsFrom = new ArrayList<>();
  private final List<List<String>> modificationOrder = new ArrayList<>();

  GraphLog(int threads, int cells) {
    eventsSoFar = new int[threads];
    lastWrite = new String[cells];
    Arrays.fill(lastWrite, "i");
    for (int t = 0; t < threads; t++) readsFrom.add(new ArrayList<>());
    for (int c = 0; c < cells; c++) modificationOrder.add(new ArrayList<>());
  }

  void read(int thread, int cell) {
    eventsSoFar[thread]++;
    readsFrom.get(thread).add(lastWrite[cell]);
  }

  void write(int thread, int cell) {
    String event = thread + "." + eventsSoFar[thread]++;
    lastWrite[cell] = event;
    modificationOrder.get(cell).add(event);
  }

  void update(int thread, int cell) {
    String event = thread + "." + eventsSoFar[thread]++;
    readsFrom.get(thread).add(lastWrite[cell]);
    lastWrite[cell] = event;
    modificationOrder.get(cell).add(event);
  }

  /** The graph as a string, equal for equal graphs: {@code rf[...] mo[...]}. */
  String key() {
    return "rf" + readsFrom + " mo" + modificationOrder;
  }
}
