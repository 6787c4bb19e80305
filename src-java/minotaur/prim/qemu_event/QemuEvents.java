package minotaur.prim.qemu_event;

import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.os.Os;

/** Creates QemuEvent ports: {@code qemu_event_init(ev, init)} for a variant and flavour. */
public final class QemuEvents {
  private QemuEvents() {}

  /** An event whose state word is a plain cell of {@code memory}. */
  public static QemuEvent create(QemuEventVariant variant, QemuEventVariant.Flavour flavour,
      Memory memory, Os os, boolean init) {
    return create(variant, flavour, memory, os, init, null);
  }

  /**
   * An event whose state transitions are reported to {@code listener} (null: none); see {@link
   * ObservedStateCell} for what observing costs.
   */
  public static QemuEvent create(QemuEventVariant variant, QemuEventVariant.Flavour flavour,
      Memory memory, Os os, boolean init, TransitionListener listener) {
    if (!variant.supports(flavour)) {
      throw new IllegalArgumentException("variant " + variant + " has no " + flavour + " flavour");
    }
    if (variant == QemuEventVariant.BEFORE) return new RawWin32QemuEvent(os, init);
    IntCell cell = memory.intCell("ev->value", init ? EventState.EV_SET : EventState.EV_FREE);
    if (listener != null) cell = new ObservedStateCell(cell, listener);
    return flavour == QemuEventVariant.Flavour.WIN32
        ? new Win32QemuEvent(variant, memory, os, cell)
        : new FutexQemuEvent(variant, memory, os, cell);
  }
}
