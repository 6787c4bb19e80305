package minotaur.cli;

/** A user error (unknown model, unknown variant, bad option value): reported in one line, exit 3. */
public final class BadInput extends RuntimeException {
  public BadInput(String message) {
    super(message, null, false, false);
  }
}
