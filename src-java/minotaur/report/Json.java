package minotaur.report;

/** A minimal JSON writer for the data embedded in HTML reports (safe inside a script element). */
final class Json {
  private final StringBuilder out = new StringBuilder(1 << 16);
  private boolean needComma;

  Json begin(char open) {
    comma();
    out.append(open);
    needComma = false;
    return this;
  }

  Json end(char close) {
    out.append(close);
    needComma = true;
    return this;
  }

  /** An object key; the value follows. */
  Json key(String k) {
    comma();
    string(k);
    out.append(':');
    needComma = false;
    return this;
  }

  Json value(String s) {
    comma();
    if (s == null) out.append("null");
    else string(s);
    needComma = true;
    return this;
  }

  Json value(long n) {
    comma();
    out.append(n);
    needComma = true;
    return this;
  }

  Json value(boolean b) {
    comma();
    out.append(b);
    needComma = true;
    return this;
  }

  private void comma() {
    if (needComma) out.append(',');
  }

  /** Escapes for JSON, and '<' too so that no "</script>" can end the embedding element. */
  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '<': out.append("\\u003c"); break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
