package minotaur.prim.qemu_event;

import static minotaur.prim.qemu_event.EventState.EV_BUSY;
import static minotaur.prim.qemu_event.EventState.EV_FREE;
import static minotaur.prim.qemu_event.EventState.EV_SET;

import minotaur.fault.Faults;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.os.Win32Event;

/**
 * The seed's QemuEvent: a Win32 manual-reset event wrapped in a userspace fast path
 * (util/qemu-thread-win32.c, Paolo Bonzini, 2015; modelled in docs/win32-qemu-event.promela).
 *
 * <p>Implementation notes. {@code ev->value} moves free→set and busy→set (set), set→free
 * (reset) and free→busy (wait); busy→free never happens because reset ORs in EV_FREE, a no-op on
 * FREE and BUSY. The kernel event is reset lazily, by a waiter that has just read EV_FREE, before
 * it announces itself with the free→busy CAS; set calls {@code SetEvent} only when its swap reads
 * BUSY. So a waiter that goes to sleep has (1) reset the kernel event and then (2) made the CAS
 * succeed, and any set after (2) sees BUSY and signals the kernel event, which nothing resets
 * before the waiter wakes: no lost wakeup under SC.
 *
 * <p>Ordering. The loads of {@code ev->value} are {@code atomic_mb_read} ({@code getVolatile}):
 * on x86 a plain load, which does not order the caller's earlier store of its condition flag. The
 * swap, OR and CAS are locked instructions (seq-cst RMWs). OS calls are full fences. {@link
 * QemuEventVariant#FIXED} adds the {@code smp_mb()} later QEMU put in front of set's load, which
 * orders the caller's "condition = true" before the read of {@code ev->value}.
 *
 * <p>Fault points ({@code qemu-event.*}) sit between every shared access and OS call of the slow
 * paths, where a delay changes which interleaving runs.
 */
public final class Win32QemuEvent extends FastPathQemuEvent {
  /** {@code ev->event}: created signalled, as the seed does ({@code CreateEvent(NULL, TRUE, TRUE, NULL)}). */
  private final Win32Event event;

  /** {@code qemu_event_init(ev, init)}; {@code value} is the cell for {@code ev->value}. */
  Win32QemuEvent(QemuEventVariant variant, Memory memory, Os os, IntCell value) {
    super(fastPath(variant), memory, value);
    this.event = os.win32Event("ev->event", true, true);
  }

  @Override
  public void qemuEventSet() {
    if (variant == QemuEventVariant.FIXED_2023) {
      memory.fullFence(); // smp_mb(): pairs with the barrier after reset's OR
      if (value.getOpaque() != EV_SET) { // qatomic_read
        int old = value.getAndSet(EV_SET);
        memory.fullFence(); // smp_mb__after_rmw(): pairs with the barrier after ResetEvent
        if (old == EV_BUSY) event.setEvent();
      }
      return;
    }
    if (variant == QemuEventVariant.FIXED) {
      memory.fullFence(); // smp_mb(): order the caller's condition store before the load below
    }
    if (read(QemuEventVariant.SET_RELAXED_READ) != EV_SET) {
      Faults.point("qemu-event.set.before-xchg");
      if (value.getAndSet(EV_SET) == EV_BUSY) {
        Faults.point("qemu-event.set.before-set-event");
        // There were waiters, wake them up.
        event.setEvent();
      }
    }
  }

  @Override
  public void qemuEventWait() {
    if (variant == QemuEventVariant.FIXED_2023) {
      // Acquire, as later QEMU has it: the March 2023 patch read relaxed here ("no particular
      // ordering requirements"), which under RC11 lets a waiter that sees EV_SET return before
      // the setter's condition store is visible (docs/memory-models.md).
      int v = value.getAcquire();
      if (v == EV_SET) return;
      if (v == EV_FREE) {
        event.resetEvent();
        // "It is not clear whether ResetEvent provides this barrier": QEMU makes it explicit.
        memory.fullFence();
        if (announceWaiter() == EV_SET) return;
      }
      event.waitForSingleObject(); // EV_BUSY: a set that did not see EV_SET sees it and signals
      return;
    }
    int v = read(QemuEventVariant.WAIT_RELAXED_READ);
    if (v != EV_SET) {
      if (v == EV_FREE) {
        Faults.point("qemu-event.wait.after-read-free");
        switch (variant) {
          case RESET_EVENT_LATE:
            v = announceWaiter();
            Faults.point("qemu-event.wait.before-reset-event");
            event.resetEvent(); // the mutant: may clear the SetEvent of a set that saw BUSY
            break;
          case NO_BUSY:
            event.resetEvent();
            v = EV_BUSY; // the mutant: sleeps without telling set that there is a waiter
            break;
          default:
            // set is not yet going to call SetEvent, but the CAS below re-checks for EV_SET;
            // after it, waiting on the kernel event is safe.
            event.resetEvent();
            Faults.point("qemu-event.wait.after-reset-event");
            v = announceWaiter();
        }
      }
      if (v == EV_BUSY) {
        Faults.point("qemu-event.wait.before-wait");
        event.waitForSingleObject();
      }
    }
  }

  private static QemuEventVariant fastPath(QemuEventVariant variant) {
    if (!variant.supports(QemuEventVariant.Flavour.WIN32) || variant == QemuEventVariant.BEFORE) {
      throw new IllegalArgumentException("not a fast-path variant: " + variant);
    }
    return variant;
  }

  /**
   * The free→busy CAS: no retry is needed because busy→free cannot happen concurrently; after
   * it the event is set or busy.
   */
  private int announceWaiter() {
    return value.compareAndExchange(EV_FREE, EV_BUSY) == EV_SET ? EV_SET : EV_BUSY;
  }


  /** The kernel event's state, for reports. */
  public boolean kernelEventSignalled() {
    return event.isSignalled();
  }

  @Override
  public String toString() {
    return "QemuEvent[win32 " + variant + ", " + EventState.name(state())
        + ", kernel event " + (event.isSignalled() ? "signalled" : "reset") + "]";
  }
}
