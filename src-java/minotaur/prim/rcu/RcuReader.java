package minotaur.prim.rcu;

import minotaur.mem.BoolCell;
import minotaur.mem.LongCell;
import minotaur.mem.Memory;

/**
 * {@code struct rcu_reader_data}: one registered thread's reader state.
 *
 * <p>{@code ctr} and {@code waiting} are shared with {@code synchronize_rcu} and live in cells;
 * {@code depth} (nesting) is touched only by the owning thread, so it is a plain field, as in C.
 */
final class RcuReader {
  /** 0 outside a critical section, else the {@code rcu_gp_ctr} snapshot taken at its start. */
  final LongCell ctr;
  /** Set by a waiting writer; the reader's unlock then sets {@code rcu_gp_event}. */
  final BoolCell waiting;
  /** Nesting depth of {@code rcu_read_lock}; owner thread only. */
  int depth;
  final String thread;

  RcuReader(Memory memory, int id, String thread) {
    this.ctr = memory.longCell("rcu_reader[" + id + "].ctr", 0);
    this.waiting = memory.boolCell("rcu_reader[" + id + "].waiting", false);
    this.thread = thread;
  }

  @Override
  public String toString() {
    return "rcu_reader(" + thread + ")";
  }
}
