package minotaur.prim.timer_list;

import minotaur.mem.IntCell;
import minotaur.mem.LongCell;
import minotaur.mem.Memory;
import minotaur.mem.RefCell;
import minotaur.prim.rcu.RcuHead;

/**
 * {@code QEMUTimer}: {@code expire_time} (-1 when not pending) and the {@code next} link of the
 * sorted {@code active_timers} list, both shared with lockless readers and so held in cells;
 * {@code timer_list}, {@code cb} and {@code opaque}, written by {@code timer_init} before the timer
 * is published and then only read, as plain fields. {@code rcu} is the {@code rcu_head} the FIXED
 * variant passes to {@code call_rcu}.
 *
 * <p>The object is a block of {@link TimerHeap}: {@code address} names it like a C pointer, and
 * {@code shadow} is its shadow memory (as AddressSanitizer keeps one), not part of the C program:
 * {@code 2 * generation + freed}, bumped by every {@code g_new} and {@code g_free}.
 */
public final class QemuTimer {
  final LongCell expireTime;
  final RefCell<QemuTimer> next;
  final RcuHead rcu;
  TimerList timerList;
  QemuTimerCb cb;
  Object opaque;

  final int address;
  /**
   * Shadow state; written by the allocator under its lock, read by checked accesses. A cell (with
   * volatile accesses) rather than a Java field only so that the explorer sees the allocator and
   * a checked reader conflict and explores both orders; a fresh block starts freed (odd).
   */
  final IntCell shadow;

  QemuTimer(Memory memory, int address) {
    String name = "timer@" + address;
    this.address = address;
    this.expireTime = memory.longCell(name + ".expire_time", -1);
    this.next = memory.refCell(name + ".next", null);
    this.rcu = new RcuHead(memory, name);
    this.shadow = memory.intCell(name + ".shadow", 1);
  }

  /** The block's address in its heap (stable across reuse, like a recycled pointer). */
  public int address() {
    return address;
  }

  /** The {@code opaque} passed to {@code timer_new}. */
  public Object opaque() {
    return opaque;
  }

  @Override
  public String toString() {
    return "timer@" + address;
  }
}
