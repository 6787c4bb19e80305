package minotaur.check;

/**
 * A token to stop a running check from another thread; the check then returns {@code :valid?
 * :unknown} with {@code :cause :cancelled}. A volatile flag: the searching thread only needs to
 * see the store eventually, and polls it.
 */
public final class Cancellation {
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
