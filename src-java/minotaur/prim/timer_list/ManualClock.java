package minotaur.prim.timer_list;

/**
 * A controllable clock: each thread sets the time its next timer-list calls will read, so an op
 * such as {@code {:f :expired :value [now result]}} is a function of the {@code now} it names.
 * Thread-confined state, hence no memory cell: it stands for the thread's own clock read.
 */
public final class ManualClock implements QemuClock {
  private final ThreadLocal<long[]> now = ThreadLocal.withInitial(() -> new long[1]);

  /** Sets the calling thread's "now". */
  public void set(long ns) {
    now.get()[0] = ns;
  }

  @Override
  public long getNs() {
    return now.get()[0];
  }
}
