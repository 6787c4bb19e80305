package minotaur.os;

/**
 * Thrown out of a blocking OS call when the runner abandons the thread (it interrupted it after
 * the watchdog fired or at the end of a run). The op in progress is recorded as {@code :info}.
 */
public final class Abandoned extends RuntimeException {
  public Abandoned(String where) {
    super("abandoned while blocked in " + where, null, false, false);
  }
}
