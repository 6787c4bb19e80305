package minotaur.prim.rcu;

import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.qemu_event.QemuEvent;
import minotaur.prim.qemu_event.QemuEventVariant;
import minotaur.prim.qemu_event.QemuEvents;

/**
 * The QemuEvents RCU waits on ({@code rcu_gp_event}, {@code rcu_call_ready_event}, a drain's
 * completion): the QemuEvent port's futex flavour, as QEMU on Linux, in its FIXED variant (with
 * the {@code smp_mb()} before set's load that later QEMU added), so that RCU's own verdicts do not
 * inherit seed 003's lost wakeup.
 */
final class RcuEvents {
  private RcuEvents() {}

  /** {@code rcu_gp_event} for {@code variant}: FIXED waits on the QemuEvent of March 2023, the rest on FIXED's. */
  static QemuEvent create(RcuVariant variant, Memory memory, Os os, boolean initiallySet) {
    QemuEventVariant ev = variant == RcuVariant.FIXED ? QemuEventVariant.FIXED_2023 : QemuEventVariant.FIXED;
    return QemuEvents.create(ev, QemuEventVariant.Flavour.FUTEX, memory, os, initiallySet);
  }

  static QemuEvent create(Memory memory, Os os, boolean initiallySet) {
    return QemuEvents.create(QemuEventVariant.FIXED, QemuEventVariant.Flavour.FUTEX, memory, os, initiallySet);
  }
}
