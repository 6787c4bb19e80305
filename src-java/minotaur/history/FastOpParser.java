package minotaur.history;

import clojure.lang.Keyword;
import clojure.lang.PersistentVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the common shape of a history line, a flat op map such as {@code {:type :ok, :f :read,
 * :value [1 2], :process 3, :time 17}}, straight from the scanner's buffer.
 *
 * <p>It accepts only a subset of EDN whose meaning is unambiguous: keywords without namespace,
 * {@code nil}/{@code true}/{@code false}, decimal integers that fit a long, strings without
 * escapes and vectors of these. On anything else (or a duplicate key, which is an error Clojure's
 * reader words better) it returns null and the caller parses the form with Clojure's EDN reader,
 * so the result is always what {@code clojure.edn/read} gives; a test checks both agree. This
 * avoids the reader's regex match per token, its main cost on million-op files.
 */
final class FastOpParser {
  private static final Object NO = new Object();
  private static final int MAX_KEYS = 32;

  private final Object[] kvs = new Object[2 * MAX_KEYS];
  private final List<Object> vectorItems = new ArrayList<>();
  private char[] b;
  private int i;
  private int end;

  /** The op in b[start, end), or null if the text is not in the fast subset. */
  Op parse(char[] text, int start, int stop) {
    b = text;
    i = start;
    end = stop;
    if (i >= end || b[i] != '{') return null;
    i++;
    int n = 0;
    while (true) {
      skipBlank();
      if (i >= end) return null;
      if (b[i] == '}') {
        i++;
        break;
      }
      if (n == kvs.length) return null;
      Object k = keyword();
      if (k == NO) return null;
      for (int j = 0; j < n; j += 2) {
        if (kvs[j] == k) return null;
      }
      skipBlank();
      Object v = value();
      if (v == NO) return null;
      kvs[n++] = k;
      kvs[n++] = v;
    }
    skipBlank();
    if (i != end) return null;
    try {
      return Edn.opFromEntries(kvs, n);
    } finally {
      Arrays.fill(kvs, 0, n, null);
    }
  }

  private void skipBlank() {
    while (i < end) {
      char c = b[i];
      if (c == ' ' || c == ',' || c == '\n' || c == '\t' || c == '\r') i++;
      else return;
    }
  }

  private Object value() {
    if (i >= end) return NO;
    char c = b[i];
    if (c == ':') return keyword();
    if (c == '-' || (c >= '0' && c <= '9')) return integer();
    if (c == '"') return string();
    if (c == '[') return vector();
    int s = i;
    while (i < end && isTokenChar(b[i])) i++;
    int len = i - s;
    if (len == 3 && b[s] == 'n' && b[s + 1] == 'i' && b[s + 2] == 'l') return null;
    if (len == 4 && new String(b, s, 4).equals("true")) return Boolean.TRUE;
    if (len == 5 && new String(b, s, 5).equals("false")) return Boolean.FALSE;
    return NO;
  }

  private Object keyword() {
    if (i >= end || b[i] != ':') return NO;
    int s = ++i;
    while (i < end && isTokenChar(b[i])) i++;
    if (i == s || !atDelimiter()) return NO;
    return Keyword.intern(new String(b, s, i - s));
  }

  /** Optional '-', then digits without a leading zero, at most 18 of them. */
  private Object integer() {
    int s = i;
    boolean negative = b[i] == '-';
    if (negative) i++;
    int digits = i;
    long v = 0;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      v = v * 10 + (b[i] - '0');
      i++;
    }
    int n = i - digits;
    if (n == 0 || n > 18 || (n > 1 && b[digits] == '0') || !atDelimiter()) {
      i = s;
      return NO;
    }
    return negative ? -v : v;
  }

  private Object string() {
    int s = ++i;
    while (i < end && b[i] != '"') {
      if (b[i] == '\\') return NO;
      i++;
    }
    if (i >= end) return NO;
    String str = new String(b, s, i - s);
    i++;
    return str;
  }

  private Object vector() {
    i++;
    int mark = vectorItems.size();
    try {
      while (true) {
        skipBlank();
        if (i >= end) return NO;
        if (b[i] == ']') {
          i++;
          return PersistentVector.create(new ArrayList<>(vectorItems.subList(mark, vectorItems.size())));
        }
        Object v = value();
        if (v == NO) return NO;
        vectorItems.add(v);
      }
    } finally {
      vectorItems.subList(mark, vectorItems.size()).clear();
    }
  }

  /** True at the end of the text or before a blank or a closing bracket. */
  private boolean atDelimiter() {
    if (i >= end) return true;
    char c = b[i];
    return c == ' ' || c == ',' || c == '\n' || c == '\t' || c == '\r' || c == '}' || c == ']';
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_' || c == '*' || c == '+' || c == '!' || c == '?' || c == '.'
        || c == '<' || c == '>' || c == '=';
  }
}
