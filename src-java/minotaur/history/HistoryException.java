package minotaur.history;

/** Bad history input, located by file and line; its message is one line meant for users. */
public class HistoryException extends BadInput {
  private final String source;
  private final int line;
  private final String reason;

  public HistoryException(String source, int line, String message) {
    super(source + (line > 0 ? ":" + line : "") + ": " + message);
    this.source = source;
    this.line = line;
    this.reason = message;
  }

  /** What is wrong, without the source and line. */
  public String reason() { return reason; }

  /** The file (or other source name) the input came from. */
  public String source() { return source; }

  /** The 1-based line where the bad input starts, or 0 if unknown. */
  public int line() { return line; }
}
