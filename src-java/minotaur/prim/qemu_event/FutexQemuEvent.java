package minotaur.prim.qemu_event;

import static minotaur.prim.qemu_event.EventState.EV_BUSY;
import static minotaur.prim.qemu_event.EventState.EV_FREE;
import static minotaur.prim.qemu_event.EventState.EV_SET;

import minotaur.fault.Faults;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.os.Futex;
import minotaur.os.Os;

/**
 * The Linux flavour of QemuEvent (util/qemu-thread-posix.c of 2015): the same states and
 * transitions as {@link Win32QemuEvent}, with a futex on {@code ev->value} as the slow path.
 *
 * <p>Implementation notes. The futex makes the lazy kernel reset unnecessary: {@code
 * futex_wait(ev, EV_BUSY)} atomically re-checks that the word is still BUSY before sleeping, so a
 * set that swaps in EV_SET between the waiter's CAS and its sleep makes the wait return at once,
 * and a set after the sleep began sees BUSY and calls {@code futex_wake(ev, INT_MAX)}. A futex
 * wait may return spuriously (as QEMU's {@code futex_wait} does when the syscall returns 0
 * without a wake); {@code qemu_event_wait} then returns and the caller re-checks.
 *
 * <p>Ordering: as in the Win32 port ({@code atomic_mb_read} loads, seq-cst RMWs, OS calls are
 * full fences); FIXED adds later QEMU's {@code smp_mb()} at the head of set.
 */
public final class FutexQemuEvent extends FastPathQemuEvent {
  private final Futex futex;

  FutexQemuEvent(QemuEventVariant variant, Memory memory, Os os, IntCell value) {
    super(futexFlavoured(variant), memory, value);
    this.futex = os.futex("ev->value");
  }

  @Override
  public void qemuEventSet() {
    if (variant == QemuEventVariant.FIXED_2023) {
      memory.fullFence(); // smp_mb(): pairs with reset's smp_mb__after_rmw and with wait's load-acquire
      if (value.getOpaque() != EV_SET) { // qatomic_read
        int old = value.getAndSet(EV_SET);
        memory.fullFence(); // smp_mb__after_rmw(): pairs with the barrier in FUTEX_WAIT
        if (old == EV_BUSY) futex.wake(value, Integer.MAX_VALUE);
      }
      return;
    }
    if (variant == QemuEventVariant.FIXED) {
      memory.fullFence(); // smp_mb(): order the caller's condition store before the load below
    }
    if (read(QemuEventVariant.SET_RELAXED_READ) != EV_SET) {
      Faults.point("qemu-event.set.before-xchg");
      if (value.getAndSet(EV_SET) == EV_BUSY) {
        Faults.point("qemu-event.set.before-wake");
        // There were waiters, wake them up.
        futex.wake(value, Integer.MAX_VALUE);
      }
    }
  }

  @Override
  public void qemuEventWait() {
    if (variant == QemuEventVariant.FIXED_2023) {
      // Synchronizes with set's first barrier even on the fast path.
      int v = value.getAcquire();
      if (v == EV_SET) return;
      if (v == EV_FREE && value.compareAndExchange(EV_FREE, EV_BUSY) == EV_SET) return;
      futex.await(value, EV_BUSY); // the final check, with the kernel's barrier
      return;
    }
    int v = read(QemuEventVariant.WAIT_RELAXED_READ);
    if (v != EV_SET) {
      if (v == EV_FREE) {
        Faults.point("qemu-event.wait.after-read-free");
        // Leave the event reset and tell qemu_event_set that there are waiters. No need to
        // retry: busy→free cannot happen, so after the CAS the event is either set or busy.
        if (value.compareAndExchange(EV_FREE, EV_BUSY) == EV_SET) {
          return;
        }
      }
      Faults.point("qemu-event.wait.before-wait");
      futex.await(value, EV_BUSY);
    }
  }


  private static QemuEventVariant futexFlavoured(QemuEventVariant variant) {
    if (!variant.supports(QemuEventVariant.Flavour.FUTEX)) {
      throw new IllegalArgumentException("variant " + variant + " has no futex flavour");
    }
    return variant;
  }

  @Override
  public String toString() {
    return "QemuEvent[futex " + variant + ", " + EventState.name(state()) + "]";
  }
}
