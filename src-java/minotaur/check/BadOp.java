package minotaur.check;

import minotaur.history.BadInput;

/**
 * A history no process could have produced, or an op its model does not know; names the op's
 * {@code :index} so that a command can point at the line of the file. It is bad input, the one
 * kind the CLI answers with exit 3.
 */
public final class BadOp extends BadInput {
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
