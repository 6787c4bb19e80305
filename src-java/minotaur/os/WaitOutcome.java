package minotaur.os;

/** How one OS wait ended. */
public enum WaitOutcome {
  /** Returned without blocking: the condition already held (futex word changed, bit pending...). */
  IMMEDIATE,
  /** Blocked, then woken by the matching signal, set, wake or IPI. */
  WOKEN,
  /** Returned without the condition (injected, as POSIX and Xen allow for this kind of wait). */
  SPURIOUS,
  /** Interrupted by the runner: the call threw {@link Abandoned}. */
  ABANDONED
}
