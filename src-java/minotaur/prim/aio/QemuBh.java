package minotaur.prim.aio;

import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.mem.RefCell;

/**
 * {@code QEMUBH} of April 2020 (util/async.c): a callback, its {@code flags} word and the link
 * of the lock-free {@code bh_list} it is pushed on while {@code BH_PENDING}.
 *
 * <p>{@code flags} is only changed by seq-cst RMWs ({@code atomic_fetch_or} in aio_bh_enqueue,
 * {@code atomic_fetch_and} in aio_bh_dequeue) and read plainly by the home thread when it
 * computes the poll timeout. {@code next} is written plainly by the scheduling thread before the
 * CAS that publishes the BH and read by the home thread after the swap that takes the list.
 */
public final class QemuBh {
  /** Already enqueued and waiting for aio_bh_poll(). */
  public static final int BH_PENDING = 1 << 0;
  /** Invoke the callback. */
  public static final int BH_SCHEDULED = 1 << 1;
  /** Delete without invoking callback. */
  public static final int BH_DELETED = 1 << 2;
  /** Delete after invoking callback. */
  public static final int BH_ONESHOT = 1 << 3;
  /** Schedule periodically when the event loop is idle. */
  public static final int BH_IDLE = 1 << 4;

  final AioContext ctx;
  final String name;
  final Runnable cb;
  final IntCell flags;
  final RefCell<QemuBh> next;

  /** {@code aio_bh_new(ctx, cb, opaque)}. */
  QemuBh(AioContext ctx, String name, Runnable cb, Memory memory) {
    this.ctx = ctx;
    this.name = name;
    this.cb = cb;
    this.flags = memory.intCell(name + "->flags", 0);
    this.next = memory.refCell(name + "->next", null);
  }

  public String name() {
    return name;
  }

  /**
   * {@code qemu_bh_schedule(bh)}: callable from any thread. C returns nothing; this returns
   * whether the schedule merged into a still-pending one (the old {@code BH_PENDING}), for A1.
   */
  public boolean qemuBhSchedule() {
    return (ctx.aioBhEnqueue(this, BH_SCHEDULED) & BH_PENDING) != 0;
  }

  /** The flags word, for invariants. */
  public int flagsNow() {
    return flags.getVolatile();
  }

  @Override
  public String toString() {
    return "bh " + name;
  }
}
