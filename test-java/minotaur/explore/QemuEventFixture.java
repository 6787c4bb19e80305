package minotaur.explore;

import minotaur.explore.shapes.EventScenarios;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.os.Win32Event;

/**
 * TEST FIXTURE, not the project's port: a minimal port of seed 003's Win32 QemuEvent fast path
 * (util/qemu-thread-win32.c, 2015) with the BUGS.md mutants, only to prove the explorer on the
 * seed's Promela model until {@code minotaur.prim.event} lands. Accesses per PORTING.md:
 * {@code atomic_mb_read} is {@code getVolatile}, {@code atomic_xchg} {@code getAndSet},
 * {@code atomic_or} {@code getAndBitwiseOr}, {@code atomic_cmpxchg} {@code compareAndExchange}.
 */
final class QemuEventFixture implements EventScenarios.Event {
  enum Variant { SEED, RESET_STORE, RESET_EVENT_LATE, NO_BUSY }

  static final int EV_SET = 0;
  static final int EV_FREE = 1;
  static final int EV_BUSY = -1;

  private final IntCell value;
  private final Win32Event event;
  private final Variant variant;

  QemuEventFixture(Memory memory, Os os, boolean init, Variant variant) {
    this.event = os.win32Event("ev.event", true, true);
    this.value = memory.intCell("ev.value", init ? EV_SET : EV_FREE);
    this.variant = variant;
  }

  @Override public void set() {
    if (value.getVolatile() != EV_SET) {
      if (value.getAndSet(EV_SET) == EV_BUSY) event.setEvent();
    }
  }

  @Override public void reset() {
    if (value.getVolatile() == EV_SET) {
      if (variant == Variant.RESET_STORE) {
        value.setPlain(EV_FREE);
      } else {
        value.getAndBitwiseOr(EV_FREE);
      }
    }
  }

  @Override public void await() {
    int v = value.getVolatile();
    if (v != EV_SET) {
      if (v == EV_FREE) {
        if (variant != Variant.RESET_EVENT_LATE) event.resetEvent();
        if (variant == Variant.NO_BUSY) {
          v = EV_BUSY;
        } else {
          v = value.compareAndExchange(EV_FREE, EV_BUSY) == EV_SET ? EV_SET : EV_BUSY;
        }
        if (variant == Variant.RESET_EVENT_LATE) event.resetEvent();
      }
      if (v == EV_BUSY) event.waitForSingleObject();
    }
  }
}
