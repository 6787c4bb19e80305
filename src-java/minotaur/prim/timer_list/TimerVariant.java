package minotaur.prim.timer_list;

/**
 * The timer lists under test (BUGS.md 004). Every mutant is {@link #FIXED} plus one bug, so a
 * finding names exactly one cause. SEED and BEFORE also keep the seed's {@code timerlist_expired}
 * comparison {@code expire_time < now}, which the seed did not touch (PROPERTIES.md T2: both
 * violate it; FIXED uses {@code <=}).
 */
public enum TimerVariant {
  /**
   * The seed: lockless RCU reads of the head, but {@code timer_free} frees at once, and {@code
   * timerlist_expired} compares {@code <}.
   */
  SEED(true, false, false),
  /** The code the seed replaced: every read takes {@code active_timers_lock}; compares {@code <}. */
  BEFORE(false, false, false),
  /**
   * The seed with its TODO done ({@code timer_free} frees through {@code call_rcu}) and {@code
   * timerlist_expired} comparing {@code <=}, as {@code timer_expired_ns} does.
   */
  FIXED(true, true, true),
  /** {@code timer_mod} links the timer with a plain store, not {@code atomic_rcu_set}. */
  PLAIN_PUBLISH(true, true, true),
  /** {@code timerlist_run_timers} runs the head it read locklessly, without re-reading it locked. */
  NO_RECHECK_HEAD(true, true, true);

  private final boolean lockless;
  private final boolean freesAfterGracePeriod;
  private final boolean expiredInclusive;

  TimerVariant(boolean lockless, boolean freesAfterGracePeriod, boolean expiredInclusive) {
    this.lockless = lockless;
    this.freesAfterGracePeriod = freesAfterGracePeriod;
    this.expiredInclusive = expiredInclusive;
  }

  /** Readers use RCU instead of {@code active_timers_lock}. */
  public boolean lockless() {
    return lockless;
  }

  /** {@code timer_free} defers {@code g_free} with {@code call_rcu}. */
  public boolean freesAfterGracePeriod() {
    return freesAfterGracePeriod;
  }

  /** {@code timerlist_expired} compares {@code expire_time <= now} (T2), not the seed's {@code <}. */
  public boolean expiredInclusive() {
    return expiredInclusive;
  }
}
