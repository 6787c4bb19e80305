package minotaur.prim.timerlist;

/**
 * The timer lists under test (BUGS.md 004). Every mutant is {@link #FIXED} plus one bug, so a
 * finding names exactly one cause.
 */
public enum TimerVariant {
  /** The seed: lockless RCU reads of the head, but {@code timer_free} frees at once. */
  SEED(true, false),
  /** The code the seed replaced: every read takes {@code active_timers_lock}. */
  BEFORE(false, false),
  /** The seed with its TODO done: {@code timer_free} frees through {@code call_rcu}. */
  FIXED(true, true),
  /** {@code timer_mod} links the timer with a plain store, not {@code atomic_rcu_set}. */
  PLAIN_PUBLISH(true, true),
  /** {@code timerlist_run_timers} runs the head it read locklessly, without re-reading it locked. */
  NO_RECHECK_HEAD(true, true),
  /**
   * {@code timerlist_expired} compares {@code expire_time < now}, as the 2013 code did, while
   * {@code timerlist_run_timers} fires at {@code expire_time <= now} (PROPERTIES.md T2).
   */
  EXPIRED_STRICT(true, true);

  private final boolean lockless;
  private final boolean freesAfterGracePeriod;

  TimerVariant(boolean lockless, boolean freesAfterGracePeriod) {
    this.lockless = lockless;
    this.freesAfterGracePeriod = freesAfterGracePeriod;
  }

  /** Readers use RCU instead of {@code active_timers_lock}. */
  public boolean lockless() {
    return lockless;
  }

  /** {@code timer_free} defers {@code g_free} with {@code call_rcu}. */
  public boolean freesAfterGracePeriod() {
    return freesAfterGracePeriod;
  }
}
