package minotaur.fault;

import clojure.lang.Keyword;

/** What a fault rule does when it fires at a point; {@link #keyword()} is its EDN name. */
public enum FaultAction {
  /** Busy-spin for a duration: the thread stays on its CPU, as a long instruction sequence would. */
  SPIN("spin"),
  /** Park for a duration: the thread leaves its CPU, as on a page fault or preemption. */
  PARK("park"),
  /** {@code Thread.yield()}: a hint to let another thread run here. */
  YIELD("yield"),
  /** Stop the whole thread for a (longer) duration: a descheduled vCPU. */
  PAUSE("pause"),
  /** End an OS wait spuriously (only condvar, futex and Xen poll waits ask). */
  SPURIOUS_WAKEUP("spurious-wakeup"),
  /**
   * Deliver an interrupt at an interrupt window: the port runs its handler on the interrupted
   * thread (only the Xen spinlock's slow-path windows ask, for nested slow paths).
   */
  INTERRUPT("interrupt");

  private final Keyword keyword;

  FaultAction(String name) {
    this.keyword = Keyword.intern(name);
  }

  public Keyword keyword() {
    return keyword;
  }

  /** Whether the action lasts for a sampled duration. */
  public boolean hasDuration() {
    return this == SPIN || this == PARK || this == PAUSE;
  }

  /**
   * Whether the action is a decision a port asks for ({@link Faults#spuriousWakeup}, {@link
   * Faults#interrupt}) rather than something done to the thread at every {@link Faults#point}.
   */
  public boolean isAsked() {
    return this == SPURIOUS_WAKEUP || this == INTERRUPT;
  }

  /** The action named {@code name} (an EDN keyword's name), or null. */
  public static FaultAction named(String name) {
    for (FaultAction a : values()) {
      if (a.keyword.getName().equals(name)) return a;
    }
    return null;
  }
}
