package minotaur.prim.qemu_event;

import minotaur.os.Os;
import minotaur.os.Win32Event;

/**
 * {@link QemuEventVariant#BEFORE}: QemuEvent as it was before the seed, a bare Win32 manual-reset
 * event. Every operation is a kernel call ({@code SetEvent}, {@code ResetEvent}, {@code
 * WaitForSingleObject}); correct, and the cost the seed's fast path removes. The kernel object's
 * own lock orders everything, so there is no shared word and nothing to fence.
 */
public final class RawWin32QemuEvent implements QemuEvent {
  private final Win32Event event;

  RawWin32QemuEvent(Os os, boolean init) {
    this.event = os.win32Event("ev->event", true, init);
  }

  @Override public void qemuEventSet() { event.setEvent(); }
  @Override public void qemuEventReset() { event.resetEvent(); }
  @Override public void qemuEventWait() { event.waitForSingleObject(); }
  @Override public boolean isSet() { return event.isSignalled(); }

  @Override
  public int state() {
    return event.isSignalled() ? EventState.EV_SET : EventState.EV_FREE;
  }

  @Override
  public String toString() {
    return "QemuEvent[win32 BEFORE, kernel event " + (event.isSignalled() ? "signalled" : "reset") + "]";
  }
}
