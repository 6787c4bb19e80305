package minotaur.history;

/**
 * The one bad-input exception of minotaur: an unknown name, a bad option value, a malformed file.
 * Its message is one line meant for users, naming the file and line where there is one; the CLI
 * maps it, and only it, to exit 3.
 */
public class BadInput extends RuntimeException {
  public BadInput(String message) {
    super(message, null, false, false);
  }
}
