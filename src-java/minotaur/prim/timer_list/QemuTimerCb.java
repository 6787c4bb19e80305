package minotaur.prim.timer_list;

/** {@code QEMUTimerCB}: a timer's callback, run by {@code timerlist_run_timers} without the lock. */
@FunctionalInterface
public interface QemuTimerCb {
  void fire(Object opaque);
}
