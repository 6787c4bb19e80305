package minotaur.prim.qemu_event;

/**
 * {@code QemuEvent} (include/qemu/thread.h): a manual-reset event used in a test-reset-test-wait
 * sequence. Method names are the C functions' ({@code qemu_event_wait} cannot be called {@code
 * wait}: that is {@link Object#wait()}).
 */
public interface QemuEvent {
  /** {@code qemu_event_set}: signals the event and wakes every waiter. */
  void qemuEventSet();

  /** {@code qemu_event_reset}: clears the event. */
  void qemuEventReset();

  /**
   * {@code qemu_event_wait}: returns once the event is set. It may also return spuriously (a late
   * wakeup meant for an earlier wait); callers re-check their condition, as QEMU's do.
   */
  void qemuEventWait();

  /** A non-blocking, sequentially consistent read of whether the event is set (not a C function). */
  boolean isSet();

  /** The {@code ev->value} word ({@link EventState}), for at-rest invariants and reports. */
  int state();
}
