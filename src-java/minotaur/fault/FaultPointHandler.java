package minotaur.fault;

/**
 * What happens at a fault point: a {@link FaultPlan}'s decisions ({@link FaultInjector}), or the
 * explorer's scheduling, or a test's choreography. Workloads and the runner take plans only; this
 * interface is how {@link Faults} reaches whichever is installed.
 */
public interface FaultPointHandler {
  /** Called by the thread reaching the named point. */
  void at(String point);

  /** Asked by an OS wait that may wake spuriously (condvar, futex): should this one? */
  default boolean spuriousWakeup(String point) {
    return false;
  }

  /**
   * Asked at an interrupt window: should an interrupt be delivered now? A plan answers with its
   * {@code :interrupt} rules; a handler that does not decide interrupts (the explorer, a test's
   * choreography) delivers every one and lets the installed handler decide.
   */
  default boolean interrupt(String point) {
    return true;
  }
}
