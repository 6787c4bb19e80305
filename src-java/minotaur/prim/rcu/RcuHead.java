package minotaur.prim.rcu;

import minotaur.mem.Memory;
import minotaur.mem.RefCell;

/**
 * {@code struct rcu_head}: the link an object embeds to be passed to {@code call_rcu}.
 *
 * <p>{@code next} is the wait-free queue's link (see {@link CallRcu}). {@code func} is written by
 * the enqueuer before its {@code atomic_mb_set} of the predecessor's {@code next}, and read by the
 * callback thread after its {@code atomic_mb_read} of that link, so a plain field is enough.
 */
public final class RcuHead {
  final RefCell<RcuHead> next;
  RcuCallback func;

  public RcuHead(Memory memory, String name) {
    this.next = memory.refCell(name + ".rcu.next", null);
  }

  /** {@code RCUCBFunc}: runs on the call_rcu thread after a grace period. */
  @FunctionalInterface
  public interface RcuCallback {
    void call(RcuHead head);
  }
}
