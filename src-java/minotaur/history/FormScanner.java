package minotaur.history;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Finds where each top-level EDN form of a history starts and ends, without parsing it.
 *
 * <p>The scanner keeps the text in one growable char buffer and tracks bracket depth outside
 * strings, character literals and {@code ;} comments. Knowing a form's extent before parsing it
 * lets the reader (a) parse each form from the buffer, with a fast path for flat op maps, (b) tell
 * a form cut off by the end of the file (a killed recorder's last line) from malformed EDN, and
 * (c) name the line a form starts on. Each char is looked at a constant number of times and the
 * buffer only holds the current form, so scanning is linear in the text and memory is bounded by
 * the largest form. A form nested deeper than {@link #MAX_DEPTH} (collections, and {@code #}
 * prefixes such as {@code #_} or tags) is refused with {@link TooDeep}: no history nests that
 * deep, and reading or hashing such a value would recurse past any thread's stack.
 */
final class FormScanner {
  /** The deepest nesting of a form accepted. */
  static final int MAX_DEPTH = 500;

  /** Thrown by {@link #scan} for a form nested deeper than {@link #MAX_DEPTH}. */
  static final class TooDeep extends RuntimeException {
    TooDeep() {
      super("nested deeper than " + MAX_DEPTH + " levels", null, false, false);
    }
  }

  /** How a scan ended. */
  enum Status { FORM, END, CUT_OFF }

  private final Reader in;
  private char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private int line = 1;
  private boolean eof;

  // The form found by the last successful scan: buf[start, end), beginning on startLine.
  private int start;
  private int end;
  private int startLine;
  private boolean inForm;
  private int dispatchDepth;  // # prefixes around the form being scanned

  FormScanner(Reader in) {
    this.in = in;
  }

  /** Skips whitespace, commas and comments; returns the next char without consuming it, or -1. */
  int peekNonBlank() throws IOException {
    while (true) {
      int c = peek();
      if (c == -1) return -1;
      if (c == ';') {
        skipComment();
      } else if (c == ',' || Character.isWhitespace(c)) {
        next();
      } else {
        return c;
      }
    }
  }

  /** Consumes one char (after {@link #peekNonBlank}). */
  void skip() throws IOException {
    next();
  }

  /** The current line (1-based): where the next char is. */
  int line() {
    return line;
  }

  /**
   * Scans the form that starts at the next non-blank char. On {@link Status#FORM} the form is
   * {@link #buffer()}[{@link #start()}, {@link #end()}); on {@link Status#CUT_OFF} the file ended
   * inside it, and start..end holds the partial text.
   */
  Status scan() throws IOException {
    if (peekNonBlank() == -1) return Status.END;
    start = pos;
    startLine = line;
    inForm = true;
    dispatchDepth = 0;
    boolean complete;
    try {
      complete = scanForm();
    } finally {
      inForm = false;
    }
    end = pos;
    return complete ? Status.FORM : Status.CUT_OFF;
  }

  char[] buffer() { return buf; }
  int start() { return start; }
  int end() { return end; }
  int startLine() { return startLine; }

  /** The scanned text as a string (for the EDN reader and error messages). */
  String text() {
    return new String(buf, start, end - start);
  }

  /** Scans one form; false if the file ends inside it. */
  private boolean scanForm() throws IOException {
    int c = next();
    switch (c) {
      case '{': case '[': case '(':
        return scanDelimited();
      case '"':
        return scanString();
      case '\\':
        if (next() == -1) return false;
        scanToken();
        return true;
      case '#':
        return scanDispatch();
      default:
        scanToken();
        return true;
    }
  }

  /** After '#': a set, a regex, a discard or a tagged literal (tag then a form). */
  private boolean scanDispatch() throws IOException {
    if (++dispatchDepth > MAX_DEPTH) throw new TooDeep();
    int c = peek();
    if (c == -1) return false;
    if (c == '{' || c == '(' || c == '"') return scanForm();
    if (c == '_' || c == '#') {
      next();
      if (c == '#') {
        scanToken();
        return true;
      }
    } else {
      scanToken();
    }
    if (peekNonBlank() == -1) return false;
    return scanForm();
  }

  /** Inside a collection just opened: up to and including the matching closer. */
  private boolean scanDelimited() throws IOException {
    int depth = 1;
    while (true) {
      int c = next();
      switch (c) {
        case -1:
          return false;
        case '"':
          if (!scanString()) return false;
          break;
        case '\\':
          if (next() == -1) return false;
          break;
        case ';':
          skipComment();
          break;
        case '{': case '[': case '(':
          if (++depth + dispatchDepth > MAX_DEPTH) throw new TooDeep();
          break;
        case '}': case ']': case ')':
          if (--depth == 0) return true;
          break;
        default:
          break;
      }
    }
  }

  /** After an opening '"': up to and including the closing one. */
  private boolean scanString() throws IOException {
    while (true) {
      int c = next();
      if (c == -1) return false;
      if (c == '\\') {
        if (next() == -1) return false;
      } else if (c == '"') {
        return true;
      }
    }
  }

  /** The rest of a symbol, keyword, number or literal: up to a blank or a delimiter. */
  private void scanToken() throws IOException {
    while (true) {
      int c = peek();
      if (c == -1 || c == ',' || Character.isWhitespace(c) || "\"{}[]();".indexOf(c) >= 0) return;
      next();
    }
  }

  private void skipComment() throws IOException {
    int c;
    do {
      c = next();
    } while (c != -1 && c != '\n');
  }

  private int peek() throws IOException {
    if (pos == limit && !fill()) return -1;
    return buf[pos];
  }

  private int next() throws IOException {
    if (pos == limit && !fill()) return -1;
    char c = buf[pos++];
    if (c == '\n') line++;
    return c;
  }

  /**
   * Reads more text, keeping the current form (from {@code start}, when scanning one) at the
   * front of the buffer; grows the buffer only when a single form fills it.
   */
  private boolean fill() throws IOException {
    if (eof) return false;
    int keep = inForm ? start : pos;
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, limit - keep);
      limit -= keep;
      pos -= keep;
      start -= keep;
    } else if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n <= 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }
}
