package minotaur.history;

import clojure.lang.AFn;
import clojure.lang.EdnReader;
import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.LineNumberingPushbackReader;
import clojure.lang.PersistentArrayMap;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Streams ops out of a Jepsen EDN history with Clojure's EDN reader, one form at a time.
 *
 * <p>Accepts the layouts Jepsen and Knossos write: one op map per line (or spread over lines),
 * or one top-level vector or list of op maps, with {@code ;} comments and commas anywhere. Memory
 * is proportional to the ops read, never to the text. Unknown tagged literals (e.g. {@code
 * #jepsen.history.Op{...}}) read as their untagged value. Ops without {@code :index} get their
 * 0-based position, as Knossos assigns it.
 */
public final class HistoryReader implements Iterator<Op>, Closeable {
  private static final Object EOF = new Object();
  private static final IPersistentMap OPTS = PersistentArrayMap.EMPTY
      .assoc(Keyword.intern("eof"), EOF)
      .assoc(Keyword.intern("default"), new AFn() {
        @Override
        public Object invoke(Object tag, Object value) {
          return value;
        }
      });

  private final String source;
  private final LineNumberingPushbackReader in;
  private char closer;          // ']' or ')' when inside a top-level collection, else 0
  private boolean started;
  private boolean done;
  private long position;
  private Op next;
  private int nextLine;
  private int lastLine;

  public HistoryReader(Reader reader, String source) {
    this.source = source;
    this.in = new LineNumberingPushbackReader(
        reader instanceof BufferedReader ? reader : new BufferedReader(reader, 1 << 16));
  }

  /** Opens a file; a missing file is a {@link HistoryException}. */
  public static HistoryReader open(Path path) {
    try {
      return new HistoryReader(Files.newBufferedReader(path, StandardCharsets.UTF_8), path.toString());
    } catch (NoSuchFileException e) {
      throw new HistoryException(path.toString(), 0, "no such file");
    } catch (IOException e) {
      throw new HistoryException(path.toString(), 0, "cannot read: " + e.getMessage());
    }
  }

  /** Reads a whole file into a list of ops. */
  public static List<Op> readAll(Path path) {
    try (HistoryReader r = open(path)) {
      List<Op> ops = new ArrayList<>();
      r.forEachRemaining(ops::add);
      return ops;
    }
  }

  /** Reads a whole stream into a list of ops. */
  public static List<Op> readAll(Reader reader, String source) {
    try (HistoryReader r = new HistoryReader(reader, source)) {
      List<Op> ops = new ArrayList<>();
      r.forEachRemaining(ops::add);
      return ops;
    }
  }

  /** The source name used in error messages. */
  public String source() { return source; }

  /** The line on which the op last returned by {@link #next()} starts. */
  public int line() { return lastLine; }

  @Override
  public boolean hasNext() {
    if (next != null) return true;
    if (done) return false;
    next = readOp();
    return next != null;
  }

  @Override
  public Op next() {
    if (!hasNext()) throw new NoSuchElementException();
    Op op = next;
    next = null;
    lastLine = nextLine;
    return op;
  }

  @Override
  public void forEachRemaining(Consumer<? super Op> action) {
    while (hasNext()) action.accept(next());
  }

  private Op readOp() {
    try {
      if (!started) {
        started = true;
        int c = skipBlank();
        if (c == '[' || c == '(') {
          closer = c == '[' ? ']' : ')';
        } else if (c != -1) {
          in.unread(c);
        }
      }
      int c = skipBlank();
      if (c == -1) {
        done = true;
        if (closer != 0) {
          throw new HistoryException(source, in.getLineNumber(),
              "truncated: the top-level collection has no closing '" + closer + "'");
        }
        return null;
      }
      if (closer != 0 && c == closer) {
        done = true;
        int after = skipBlank();
        if (after != -1) {
          throw new HistoryException(source, in.getLineNumber(), "unexpected text after the closing '" + closer + "'");
        }
        return null;
      }
      in.unread(c);
      nextLine = in.getLineNumber();
      Object form;
      try {
        form = EdnReader.read(in, OPTS);
      } catch (RuntimeException e) {
        String msg = rootMessage(e);
        if (msg.contains("EOF while reading")) {
          done = true;
          throw new HistoryException(source, nextLine, "truncated op at end of file (" + msg + ")");
        }
        throw new HistoryException(source, nextLine, "malformed EDN: " + msg);
      }
      if (form == EOF) {
        done = true;
        return null;
      }
      try {
        Op op = Edn.opFromMap(form);
        if (op.index() == Op.ABSENT) op = op.withIndex(position);
        position++;
        return op;
      } catch (IllegalArgumentException e) {
        throw new HistoryException(source, nextLine, e.getMessage());
      }
    } catch (IOException e) {
      done = true;
      throw new HistoryException(source, in.getLineNumber(), "cannot read: " + e.getMessage());
    }
  }

  /** Skips whitespace, commas and ; comments; returns the next char or -1. */
  private int skipBlank() throws IOException {
    while (true) {
      int c = in.read();
      if (c == -1) return -1;
      if (c == ';') {
        while (c != -1 && c != '\n') c = in.read();
        if (c == -1) return -1;
        continue;
      }
      if (Character.isWhitespace(c) || c == ',') continue;
      return c;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.split("\n", 2)[0];
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException ignored) {
      // Closing a reader we only read from cannot lose data.
    }
  }
}
