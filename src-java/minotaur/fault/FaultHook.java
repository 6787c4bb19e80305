package minotaur.fault;

/** What happens at a fault point: a fault plan's decisions, or the explorer's scheduling. */
public interface FaultHook {
  /** Called by the thread reaching the named point. */
  void at(String point);

  /** Asked by an OS wait that may wake spuriously (condvar, futex): should this one? */
  default boolean spuriousWakeup(String point) {
    return false;
  }
}
