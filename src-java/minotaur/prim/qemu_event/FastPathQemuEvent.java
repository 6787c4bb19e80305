package minotaur.prim.qemu_event;

import static minotaur.prim.qemu_event.EventState.EV_FREE;
import static minotaur.prim.qemu_event.EventState.EV_SET;

import minotaur.fault.Faults;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;

/**
 * What the Win32 and futex flavours of QemuEvent share (the seed: "the states and transitions
 * are the same"): {@code ev->value} and its reads, and {@code qemu_event_reset}, which touches no
 * OS object in either flavour. Each flavour adds its own set and wait slow paths.
 */
abstract class FastPathQemuEvent implements QemuEvent {
  final QemuEventVariant variant;
  final Memory memory;
  /** {@code ev->value}; accessed only with the modes named at each use. */
  final IntCell value;

  FastPathQemuEvent(QemuEventVariant variant, Memory memory, IntCell value) {
    this.variant = variant;
    this.memory = memory;
    this.value = value;
  }

  @Override
  public final void qemuEventReset() {
    if (variant == QemuEventVariant.FIXED_2023) {
      // No read first: a concurrent reset (or reset+wait) makes the OR a no-op.
      value.getAndBitwiseOr(EV_FREE);
      // smp_mb__after_rmw(): order the reset before the caller's check of its condition; pairs
      // with the smp_mb() at the head of set.
      memory.fullFence();
      return;
    }
    if (read(QemuEventVariant.RESET_RELAXED_READ) == EV_SET) {
      Faults.point("qemu-event.reset.before-or");
      if (variant == QemuEventVariant.RESET_STORE) {
        value.setPlain(EV_FREE); // the mutant: overwrites a concurrent free→busy
      } else {
        // A concurrent reset (or reset+wait) makes this a no-op: FREE|1 == FREE, BUSY|1 == BUSY.
        value.getAndBitwiseOr(EV_FREE);
      }
    }
  }

  /** {@code atomic_mb_read(&ev->value)}, or the relaxed read of the mutant weakening this site. */
  final int read(QemuEventVariant weakenedBy) {
    return variant == weakenedBy ? value.getOpaque() : value.getVolatile();
  }

  @Override
  public final boolean isSet() {
    return value.getVolatile() == EV_SET;
  }

  @Override
  public final int state() {
    return value.getVolatile();
  }
}
