package minotaur.history;

import clojure.lang.IPersistentVector;
import clojure.lang.Keyword;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a history as Jepsen EDN: one op map per line, or one vector of op maps (one per line, as
 * Knossos' data files are laid out). Each op prints exactly as Clojure's printer prints
 * {@link Op#toMap()}, keys in Jepsen's order; common values (integers, keywords, nil, booleans,
 * plain strings and vectors of these) are printed directly because Clojure's printer dispatches
 * through a multimethod per value, and everything else goes through that printer.
 */
public final class HistoryWriter implements Closeable, Flushable {
  /** How the ops are laid out in the file. */
  public enum Layout {
    /** One op map per line, no enclosing collection: what a {@link Recorder} appends. */
    LINES,
    /** One top-level vector, one op map per line. */
    VECTOR
  }

  private final Writer out;
  private final Layout layout;
  private final StringBuilder line = new StringBuilder(128);
  private boolean first = true;

  public HistoryWriter(Writer out, Layout layout) {
    this.out = out;
    this.layout = layout;
  }

  /** Creates (or truncates) a file, creating parent directories. */
  public static HistoryWriter open(Path path, Layout layout) {
    try {
      if (path.getParent() != null) Files.createDirectories(path.getParent());
      return new HistoryWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path),
          StandardCharsets.UTF_8), 1 << 16), layout);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write history " + path, e);
    }
  }

  /** Writes a whole history to a file. */
  public static void write(Path path, Iterable<Op> ops, Layout layout) {
    try (HistoryWriter w = open(path, layout)) {
      for (Op op : ops) w.write(op);
    }
  }

  /** A whole history as text. */
  public static String toString(Iterable<Op> ops, Layout layout) {
    StringWriter s = new StringWriter();
    try (HistoryWriter w = new HistoryWriter(s, layout)) {
      for (Op op : ops) w.write(op);
    }
    return s.toString();
  }

  /** Appends one op. */
  public void write(Op op) {
    line.setLength(0);
    if (layout == Layout.VECTOR) line.append(first ? '[' : ' ');
    first = false;
    print(op, line);
    line.append('\n');
    try {
      out.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write history", e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write history", e);
    }
  }

  /** Ends the vector (if any) and closes the output. */
  @Override
  public void close() {
    try {
      if (layout == Layout.VECTOR) out.write(first ? "[]\n" : "]\n");
      first = false;
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write history", e);
    }
  }

  /** Appends the op as one line of EDN (no newline), equal to {@code Edn.print(op.toMap())}. */
  static void print(Op op, StringBuilder sb) {
    sb.append("{:type ").append(op.type().keyword());
    sb.append(", :f ");
    value(op.f(), sb);
    sb.append(", :value ");
    value(op.value(), sb);
    sb.append(", :process ");
    value(op.process(), sb);
    if (op.time() != Op.ABSENT) sb.append(", :time ").append(op.time());
    if (op.index() != Op.ABSENT) sb.append(", :index ").append(op.index());
    for (Object o : op.extra()) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
      sb.append(", ");
      value(e.getKey(), sb);
      sb.append(' ');
      value(e.getValue(), sb);
    }
    sb.append('}');
  }

  private static void value(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("nil");
    } else if (v instanceof Long || v instanceof Integer || v instanceof Keyword || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof String s && isPlain(s)) {
      sb.append('"').append(s).append('"');
    } else if (v instanceof IPersistentVector vec) {
      sb.append('[');
      for (int i = 0; i < vec.count(); i++) {
        if (i > 0) sb.append(' ');
        value(vec.nth(i), sb);
      }
      sb.append(']');
    } else {
      sb.append(Edn.print(v));
    }
  }

  /** A string Clojure prints with no escapes: no quote, backslash or control char. */
  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') return false;
    }
    return true;
  }
}
