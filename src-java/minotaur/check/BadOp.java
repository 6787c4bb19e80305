package minotaur.check;

/**
 * A history no process could have produced, or an op its model does not know; names the op's
 * {@code :index} so that a command can point at the line of the file.
 */
public final class BadOp extends IllegalArgumentException {
  private final long index;

  public BadOp(long index, String message) {
    super(message);
    this.index = index;
  }

  /** The {@code :index} of the offending op. */
  public long index() {
    return index;
  }
}
