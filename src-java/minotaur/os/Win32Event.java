package minotaur.os;

/** A Win32 event object: {@code SetEvent}, {@code ResetEvent}, {@code WaitForSingleObject(INFINITE)}. */
public interface Win32Event {
  String name();
  void setEvent();
  void resetEvent();
  /** Returns when the event is signalled (auto-reset events are then reset); never spuriously. */
  void waitForSingleObject();
  /** The kernel object's state, for invariant checks only (not a Win32 call the seeds make). */
  boolean isSignalled();
}
