package minotaur.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minotaur.check.BadOp;
import minotaur.check.CheckOptions;
import minotaur.check.CheckResult;
import minotaur.check.Linearizability;
import minotaur.history.History;
import minotaur.history.HistoryException;
import minotaur.history.HistoryReader;
import minotaur.history.Op;
import minotaur.model.Model;

/**
 * The one way the CLI checks a history for linearizability, used by {@code check} and
 * {@code report} alike so both give the same verdict: the model {@linkplain Model#prepare
 * prepares} the recorded ops (the timer list splits each {@code :run}), then the WGL search runs.
 * An op the model cannot take is a {@link HistoryException} naming the file and the op's line.
 */
final class Checking {
  private Checking() {}

  /** A history read from a file, with the line each op's {@code :index} starts on. */
  record Read(List<Op> ops, Map<Long, Integer> lines, long parseNanos) {}

  /** Reads every op of {@code reader} and closes it, remembering each op's line. */
  static Read read(HistoryReader reader) {
    long start = System.nanoTime();
    List<Op> ops = new java.util.ArrayList<>();
    Map<Long, Integer> lines = new HashMap<>();
    try (reader) {
      while (reader.hasNext()) {
        Op op = reader.next();
        ops.add(op);
        lines.put(op.index(), reader.line());
      }
    }
    return new Read(ops, lines, System.nanoTime() - start);
  }

  /** Reads a history and validates its pairing as {@link History#load} does, keeping lines. */
  static History load(HistoryReader reader, Map<Long, Integer> lines) {
    History.Builder b = new History.Builder(reader.source());
    try (reader) {
      while (reader.hasNext()) {
        Op op = b.add(reader.next(), reader.line());
        lines.put(op.index(), reader.line());
      }
      return b.build(reader.warnings());
    }
  }

  /** Checks {@code ops}, read from {@code source}, against {@code initial}. */
  static CheckResult check(String source, List<Op> ops, Map<Long, Integer> lines, Model initial, CheckOptions options) {
    List<Op> prepared;
    try {
      prepared = initial.prepare(ops);
    } catch (HistoryException e) {
      // Model.prepare names an op by its 1-based position in ops: name the op's line in the file.
      int at = e.line() - 1;
      int line = at >= 0 && at < ops.size() ? lines.getOrDefault(ops.get(at).index(), 0) : 0;
      throw new HistoryException(source, line, e.reason());
    }
    try {
      return Linearizability.check(initial, prepared, options);
    } catch (BadOp e) {
      throw new HistoryException(source, lines.getOrDefault(e.index(), 0), e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new HistoryException(source, 0, e.getMessage());
    }
  }
}
