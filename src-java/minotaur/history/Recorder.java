package minotaur.history;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records a history as it happens: each op gets the next index and is appended to the file as one
 * line of EDN and flushed at once, so a crash or a hung run loses no completed op; a process killed
 * mid-write leaves at most a truncated last line, which {@link History#loadLenient} drops with a
 * warning. Thread-safe; the order of {@link #record} calls is the history's order.
 */
public final class Recorder implements Closeable {
  private final Writer out;
  private final List<Op> ops;
  private final Path path;
  private final StringBuilder line = new StringBuilder(128);
  private long next;

  private Recorder(Path path, Writer out) {
    this.path = path;
    this.out = out;
    this.ops = new ArrayList<>();
  }

  /** Records to a file (parent directories created), keeping the ops in memory too. */
  public static Recorder toFile(Path path) {
    try {
      if (path.getParent() != null) Files.createDirectories(path.getParent());
      Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path,
          StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
          StandardCharsets.UTF_8));
      return new Recorder(path, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write history " + path, e);
    }
  }

  /** Records in memory only. */
  public static Recorder inMemory() {
    return new Recorder(null, null);
  }

  /** Assigns the next index, appends and flushes; returns the op as recorded. */
  public synchronized Op record(Op op) {
    Op indexed = op.withIndex(next++);
    ops.add(indexed);
    if (out != null) {
      try {
        // One write of the whole line, then a flush: a crash can cut at most this line short.
        line.setLength(0);
        HistoryWriter.print(indexed, line);
        line.append('\n');
        out.append(line);
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to history " + path, e);
      }
    }
    return indexed;
  }

  /** The ops recorded so far, in order. */
  public synchronized List<Op> ops() {
    return Collections.unmodifiableList(new ArrayList<>(ops));
  }

  /** The file written, or null for in-memory recording. */
  public Path path() { return path; }

  @Override
  public synchronized void close() {
    if (out == null) return;
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close history " + path, e);
    }
  }
}
