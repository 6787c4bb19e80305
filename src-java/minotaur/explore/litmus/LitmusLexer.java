package minotaur.explore.litmus;

import java.util.ArrayList;
import java.util.List;
import minotaur.history.BadInput;

/**
 * Splits a herd7 C litmus file into {@link Token}s with their line numbers. Comments are dropped:
 * OCaml-style {@code (* ... *)} (herd's own), {@code // ...} and {@code /* ... *}{@code /}. A
 * {@code (*} followed by a letter, digit or {@code _} is C code ({@code (*x)}), not a comment.
 * Multi-character operators include herd's {@code /\} (and) and {@code \/} (or) of the final
 * condition. A quoted string (herd's optional description line) is one token.
 */
final class LitmusLexer {
  private static final String[] OPERATORS = {"/\\", "\\/", "==", "!=", "<=", ">=", "&&", "||", "->"};

  private final String file;
  private final String text;
  private int pos;
  private int line = 1;

  private LitmusLexer(String file, String text) {
    this.file = file;
    this.text = text;
  }

  static List<Token> tokens(String file, String text) {
    return new LitmusLexer(file, text).all();
  }

  private List<Token> all() {
    List<Token> out = new ArrayList<>();
    while (true) {
      skipBlanksAndComments();
      if (pos >= text.length()) {
        out.add(new Token(Token.Kind.END, "end of file", line));
        return out;
      }
      out.add(next());
    }
  }

  private Token next() {
    char c = text.charAt(pos);
    int start = pos;
    if (Character.isLetter(c) || c == '_') {
      while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
      return new Token(Token.Kind.NAME, text.substring(start, pos), line);
    }
    if (Character.isDigit(c)) {
      while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) pos++;
      return new Token(Token.Kind.NUMBER, text.substring(start, pos), line);
    }
    if (c == '"') {
      int end = text.indexOf('"', pos + 1);
      if (end < 0 || text.substring(pos, end).indexOf('\n') >= 0) throw bad("unterminated string");
      pos = end + 1;
      return new Token(Token.Kind.STRING, text.substring(start + 1, end), line);
    }
    for (String op : OPERATORS) {
      if (text.startsWith(op, pos)) {
        pos += op.length();
        return new Token(Token.Kind.SYMBOL, op, line);
      }
    }
    if ("(){}[];,*&=<>+-^|!~:.%".indexOf(c) >= 0) {
      pos++;
      return new Token(Token.Kind.SYMBOL, String.valueOf(c), line);
    }
    throw bad("unexpected character '" + c + "'");
  }

  private void skipBlanksAndComments() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (text.startsWith("(*", pos) && !codeAfter(pos + 2)) {
        skipUntil("*)", "unterminated comment (*");
      } else if (text.startsWith("/*", pos)) {
        skipUntil("*/", "unterminated comment /*");
      } else if (text.startsWith("//", pos)) {
        while (pos < text.length() && text.charAt(pos) != '\n') pos++;
      } else {
        return;
      }
    }
  }

  private boolean codeAfter(int i) {
    return i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_');
  }

  private void skipUntil(String close, String message) {
    int startLine = line;
    int end = text.indexOf(close, pos + 2);
    if (end < 0) throw new BadInput(file + ":" + startLine + ": " + message);
    for (int i = pos; i < end; i++) if (text.charAt(i) == '\n') line++;
    pos = end + close.length();
  }

  private BadInput bad(String message) {
    return new BadInput(file + ":" + line + ": " + message);
  }

  /** One token: its kind, its text and the line it starts on. */
  record Token(Kind kind, String text, int line) {
    enum Kind { NAME, NUMBER, STRING, SYMBOL, END }

    boolean is(String s) {
      return kind != Kind.STRING && kind != Kind.END && text.equals(s);
    }

    @Override public String toString() {
      return kind == Kind.END ? text : "'" + text + "'";
    }
  }
}
