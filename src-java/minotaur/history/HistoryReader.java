package minotaur.history;

import clojure.lang.AFn;
import clojure.lang.EdnReader;
import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Streams ops out of a Jepsen EDN history, one form at a time.
 *
 * <p>Accepts the layouts Jepsen and Knossos write: one op map per line (or spread over lines),
 * or one top-level vector or list of op maps, with {@code ;} comments and commas anywhere. A
 * {@link FormScanner} finds each form's extent; flat op maps are parsed by {@link FastOpParser}
 * and everything else by Clojure's {@link EdnReader}, so each op costs time linear in its text
 * and memory is proportional to the ops read, never to the text. Unknown tagged literals (e.g.
 * {@code #jepsen.history.Op{...}}) read as their untagged value. Ops without {@code :index} get
 * their 0-based position, as Knossos assigns it.
 *
 * <p>A form cut off by the end of the file on the file's last line is what a killed recorder
 * leaves behind. It is reported as a truncated last line; a {@linkplain #lenient lenient} reader
 * drops it with a {@linkplain #warnings() warning} instead, as it does a missing closing bracket
 * of a top-level vector. Everything else wrong is a one-line {@link HistoryException} naming the
 * file and the line the bad form starts on.
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
  private final Reader reader;
  private final FormScanner scanner;
  private final FastOpParser fast = new FastOpParser();
  private final List<String> warnings = new ArrayList<>();
  private boolean lenient;
  private char closer;          // ']' or ')' when inside a top-level collection, else 0
  private int openerLine;
  private boolean started;
  private boolean done;
  private long position;
  private Op next;
  private int nextLine;
  private int lastLine;

  public HistoryReader(Reader reader, String source) {
    this.source = source;
    this.reader = reader;
    this.scanner = new FormScanner(reader);
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

  /**
   * Makes this reader accept the file a killed run leaves: a truncated last line is dropped and
   * a missing closing bracket of the top-level collection is ignored, each with a warning.
   */
  public HistoryReader lenient() {
    this.lenient = true;
    return this;
  }

  /** What a lenient reader dropped or ignored so far, one line each, naming file and line. */
  public List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  /** The source name used in error messages. */
  public String source() { return source; }

  /** The line on which the op last returned by {@link #next()} starts. */
  public int line() { return lastLine; }

  @Override
  public boolean hasNext() {
    if (next != null) return true;
    if (done) return false;
    try {
      next = readOp();
    } catch (IOException e) {
      done = true;
      throw new HistoryException(source, scanner.line(), "cannot read: " + e.getMessage());
    } catch (HistoryException e) {
      done = true;
      throw e;
    }
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

  private Op readOp() throws IOException {
    if (!started) {
      started = true;
      int c = scanner.peekNonBlank();
      if (c == '[' || c == '(') {
        closer = c == '[' ? ']' : ')';
        openerLine = scanner.line();
        scanner.skip();
      }
    }
    while (true) {
      int c = scanner.peekNonBlank();
      if (c == -1) {
        done = true;
        if (closer != 0) {
          String msg = "the top-level collection opened on line " + openerLine + " has no closing '" + closer + "'";
          if (!lenient) throw new HistoryException(source, scanner.line(), "truncated: " + msg);
          warnings.add(source + ":" + scanner.line() + ": ignored: " + msg);
        }
        return null;
      }
      if (closer != 0 && c == closer) {
        scanner.skip();
        done = true;
        if (scanner.peekNonBlank() != -1) {
          throw new HistoryException(source, scanner.line(), "unexpected text after the closing '" + closer + "'");
        }
        return null;
      }
      if (c == '}' || c == ']' || c == ')') {
        throw new HistoryException(source, scanner.line(), "malformed EDN: unmatched '" + (char) c + "'");
      }
      FormScanner.Status status;
      try {
        status = scanner.scan();
      } catch (FormScanner.TooDeep e) {
        throw new HistoryException(source, scanner.startLine(), "malformed EDN: " + e.getMessage());
      }
      nextLine = scanner.startLine();
      if (status == FormScanner.Status.CUT_OFF) return cutOff();
      Op op = parse();
      if (op == null) continue;  // a #_ discarded form
      if (op.index() == Op.ABSENT) op = op.withIndex(position);
      position++;
      return op;
    }
  }

  /** The file ended inside a form: a truncated last line, or a form never closed. */
  private Op cutOff() {
    done = true;
    String text = scanner.text().strip();
    if (text.indexOf('\n') >= 0) {
      throw new HistoryException(source, nextLine, "malformed EDN: '" + text.charAt(0)
          + "' is never closed (the file ends on line " + scanner.line() + ")");
    }
    String shown = BadInput.oneLine(text.length() > 60 ? text.substring(0, 57) + "..." : text);
    if (!lenient) {
      throw new HistoryException(source, nextLine,
          "truncated last line (was the recorder killed?): " + shown);
    }
    warnings.add(source + ":" + nextLine + ": dropped truncated last line: " + shown);
    return null;
  }

  /** The scanned form as an op (null for a discarded form): fast path first, else Clojure's reader. */
  private Op parse() {
    Object form;
    try {
      Op op = fast.parse(scanner.buffer(), scanner.start(), scanner.end());
      if (op != null) return op;
    } catch (IllegalArgumentException e) {
      throw new HistoryException(source, nextLine, e.getMessage());
    }
    try {
      form = EdnReader.read(new PushbackReader(new StringReader(scanner.text())), OPTS);
    } catch (StackOverflowError e) {
      // Tags and discards (#x #x ... 1) inside a form: the scanner bounds only bracket nesting.
      throw new HistoryException(source, nextLine, "malformed EDN: nested too deeply");
    } catch (RuntimeException e) {
      throw new HistoryException(source, nextLine, "malformed EDN: " + rootMessage(e));
    }
    if (form == EOF) return null;
    try {
      return Edn.opFromMap(form);
    } catch (IllegalArgumentException e) {
      throw new HistoryException(source, nextLine, e.getMessage());
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
      reader.close();
    } catch (IOException ignored) {
      // Closing a reader we only read from cannot lose data.
    }
  }
}
