package minotaur.history;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A validated history: the ops in order, each invocation paired with its completion.
 *
 * <p>Pairing follows Jepsen: a process has at most one operation pending; its next {@code :ok},
 * {@code :fail} or {@code :info} completes it, with the same {@code :f}. An {@code :info}
 * completion that omits {@code :f} or {@code :value} takes them from its invocation (a crashed
 * op's value is the one it was invoked with). An {@code :info} with no pending invocation, such
 * as a nemesis event, stands alone. Invocations never completed are pending (Knossos treats them
 * as crashed). The pairing is one {@code int} array (position of the partner, or -1), so a
 * million-op history costs a few megabytes on top of its ops.
 *
 * <p>Positions are 0-based places in the file; {@link Op#index()} is normally the same, but a
 * history cut out of a longer one may keep its original indexes, so {@link #position(long)} maps
 * an index back.
 */
public final class History extends AbstractList<Op> implements RandomAccess {
  private final String source;
  private final Op[] ops;
  private final int[] partner;
  private final long[] indexes;  // null when every op's :index is its position
  private final boolean indexesSorted;
  private final List<String> warnings;
  private volatile List<Call> calls;

  private History(String source, Op[] ops, int[] partner, List<String> warnings) {
    this.source = source;
    this.ops = ops;
    this.partner = partner;
    this.warnings = List.copyOf(warnings);
    this.indexes = indexesUnlessPositions(ops);
    this.indexesSorted = indexes != null && isSorted(indexes);
  }

  /** Loads and validates a file; any defect, a truncated last line included, is an error. */
  public static History load(Path path) {
    try (HistoryReader r = HistoryReader.open(path)) {
      return read(r);
    }
  }

  /**
   * Loads the history a killed run left: like {@link #load} but a truncated last line (and a
   * missing closing bracket) is dropped with a {@linkplain #warnings() warning}.
   */
  public static History loadLenient(Path path) {
    try (HistoryReader r = HistoryReader.open(path).lenient()) {
      return read(r);
    }
  }

  /** Reads and validates everything a reader yields. */
  public static History read(HistoryReader reader) {
    Builder b = new Builder(reader.source());
    while (reader.hasNext()) {
      Op op = reader.next();
      b.add(op, reader.line());
    }
    return b.build(reader.warnings());
  }

  /** Validates ops held in memory; errors name the source and the op's 1-based position. */
  public static History of(String source, List<Op> ops) {
    Builder b = new Builder(source);
    int line = 1;
    for (Op op : ops) b.add(op, line++);
    return b.build(List.of());
  }

  /** Validates ops held in memory. */
  public static History of(List<Op> ops) {
    return of("history", ops);
  }

  /**
   * {@code ops} as a history: itself if it is one, else validated ({@link #of(List)}, which throws
   * {@link HistoryException} for a malformed one). What checkers given a plain list call to reach
   * {@link #calls()}.
   */
  public static History from(List<Op> ops) {
    return ops instanceof History h ? h : of(ops);
  }

  /** The file (or other source) the history came from. */
  public String source() { return source; }

  /** What a lenient load dropped, one line each; empty otherwise. */
  public List<String> warnings() { return warnings; }

  @Override
  public Op get(int position) { return ops[position]; }

  @Override
  public int size() { return ops.length; }

  @Override
  public Iterator<Op> iterator() { return Collections.unmodifiableList(Arrays.asList(ops)).iterator(); }

  /** The ops, in order (this history itself: it is an immutable list). */
  public List<Op> ops() { return this; }

  /**
   * The position of the op paired with the one at {@code position} (the completion of an
   * invocation, or the invocation of a completion), or -1 if it has none.
   */
  public int partner(int position) { return partner[position]; }

  /** The invocation of the op at {@code position}: itself if it is one, else its partner or -1. */
  public int invocation(int position) {
    return ops[position].isInvoke() ? position : partner[position];
  }

  /** The completion of the op at {@code position}: itself if it is one, else its partner or -1. */
  public int completion(int position) {
    return ops[position].isInvoke() ? partner[position] : position;
  }

  /** The position of the op whose {@link Op#index()} is {@code index}, or -1. */
  public int position(long index) {
    if (indexes == null) return index >= 0 && index < ops.length ? (int) index : -1;
    if (indexesSorted) {
      int p = Arrays.binarySearch(indexes, index);
      return p >= 0 ? p : -1;
    }
    for (int i = 0; i < indexes.length; i++) {
      if (indexes[i] == index) return i;
    }
    return -1;
  }

  /**
   * The client calls, in invocation order: each invocation with its completion, or with none if
   * the history ends first (a {@link Call} of type {@code :info}, as Knossos reads it). Nemesis
   * ops and standalone {@code :info} events are not calls. Computed once; immutable.
   */
  public List<Call> calls() {
    List<Call> c = calls;
    if (c == null) {
      java.util.ArrayList<Call> out = new java.util.ArrayList<>();
      for (int i = 0; i < ops.length; i++) {
        Op op = ops[i];
        if (op.isInvoke() && op.isClient()) {
          int done = partner[i];
          out.add(new Call(op, done < 0 ? null : ops[done], i, done));
        }
      }
      calls = c = List.copyOf(out);
    }
    return c;
  }

  /**
   * The call the op at {@code position} belongs to (as its invocation or its completion), or null
   * for a nemesis op or a standalone {@code :info}.
   */
  public Call callAt(int position) {
    Op op = ops[position];
    if (!op.isClient()) return null;
    int other = partner[position];
    if (op.isInvoke()) return new Call(op, other < 0 ? null : ops[other], position, other);
    return other < 0 ? null : new Call(ops[other], op, other, position);
  }

  /** Positions of invocations that never completed. */
  public int[] pending() {
    int n = 0;
    for (int i = 0; i < ops.length; i++) if (ops[i].isInvoke() && partner[i] < 0) n++;
    int[] out = new int[n];
    n = 0;
    for (int i = 0; i < ops.length; i++) if (ops[i].isInvoke() && partner[i] < 0) out[n++] = i;
    return out;
  }

  /** The ops' indexes, or null when each is its op's position. */
  private static long[] indexesUnlessPositions(Op[] ops) {
    boolean identity = true;
    for (int i = 0; i < ops.length && identity; i++) identity = ops[i].index() == i;
    if (identity) return null;
    long[] idx = new long[ops.length];
    for (int i = 0; i < ops.length; i++) idx[i] = ops[i].index();
    return idx;
  }

  private static boolean isSorted(long[] a) {
    for (int i = 1; i < a.length; i++) if (a[i] <= a[i - 1]) return false;
    return true;
  }

  /**
   * Builds a history op by op, checking the pairing as ops arrive; used by the loaders, and by
   * streaming tools that want the same checks and pairing without keeping the ops.
   */
  public static final class Builder {
    /** An invocation waiting for its completion. */
    private record Open(int position, int line, Op invoke) {}

    private final String source;
    private final Map<Object, Open> pending = new HashMap<>();
    private final boolean keep;
    private Op[] ops = new Op[1024];
    private int[] partner = new int[1024];
    private int size;
    private int lastInvocation = -1;
    // Duplicate :index values: impossible while indexes increase (the usual case, checked in
    // O(1)); once one does not, a kept builder remembers every index seen.
    private long lastIndex = Long.MIN_VALUE;
    private java.util.Set<Long> seen;
    private Op lastInvoke;

    /** A builder that keeps the ops, for {@link #build}. */
    public Builder(String source) {
      this(source, true);
    }

    /** A builder that keeps only the pending invocations when {@code keep} is false. */
    public Builder(String source, boolean keep) {
      this.source = source;
      this.keep = keep;
    }

    /**
     * Adds the next op, read from {@code line} of the source, and returns it as the history holds
     * it: with its position as {@code :index} if it had none, and an {@code :info} completion
     * filled in from its invocation.
     *
     * @throws HistoryException for a completion without invocation, an invocation by a process
     *     that has one pending, a completion whose {@code :f} differs from its invocation's, or
     *     an {@code :index} an earlier op has (checked when the builder keeps its ops, or while
     *     indexes increase)
     */
    public Op add(Op op, int line) {
      int position = size;
      checkIndex(op, line); // before an op made in memory gets its position as index
      if (op.index() == Op.ABSENT) op = op.withIndex(position);
      Object process = op.process();
      Open open = pending.get(process);
      lastInvocation = -1;
      lastInvoke = null;
      if (op.isInvoke()) {
        if (open != null) {
          throw new HistoryException(source, line, "process " + Edn.print(process)
              + " invokes again while its invocation on line " + open.line() + " is pending: "
              + Edn.abbreviate(op.toMap()));
        }
        pending.put(process, new Open(position, line, op));
      } else if (open != null) {
        op = completeFrom(open, op, line);
        pending.remove(process);
        lastInvocation = open.position();
        lastInvoke = open.invoke();
      } else if (!op.isInfo()) {
        throw new HistoryException(source, line, "completion without invocation: process "
            + Edn.print(process) + " has no operation pending: " + Edn.abbreviate(op.toMap()));
      }
      append(op);
      return op;
    }

    private void checkIndex(Op op, int line) {
      long index = op.index();
      if (index == Op.ABSENT) return; // ops made in memory (e.g. split :run calls) carry no index
      if (seen == null && index > lastIndex) {
        lastIndex = index;
        return;
      }
      if (!keep) return;
      if (seen == null) {
        seen = new java.util.HashSet<>();
        for (int i = 0; i < size; i++) seen.add(ops[i].index());
      }
      if (!seen.add(index)) {
        throw new HistoryException(source, line, "duplicate :index " + index + ": " + Edn.abbreviate(op.toMap()));
      }
    }

    /** The position of the invocation the last added op completed, or -1. */
    public int lastInvocation() { return lastInvocation; }

    /**
     * The invocation the last added op completed, or null: the pairing a builder that keeps no
     * ops still knows.
     */
    public Op lastInvoke() { return lastInvoke; }

    /** The number of ops added. */
    public int size() { return size; }

    /** The ops added as a validated history, with the reader's warnings. */
    public History build(List<String> warnings) {
      if (!keep) throw new IllegalStateException("this builder does not keep ops");
      return new History(source, Arrays.copyOf(ops, size), Arrays.copyOf(partner, size), warnings);
    }

    private Op completeFrom(Open open, Op op, int line) {
      Op invoke = open.invoke();
      if (op.f() != null && invoke.f() != null && !op.f().equals(invoke.f())) {
        throw new HistoryException(source, line, "completion " + op.f() + " does not match its invocation "
            + invoke.f() + " on line " + open.line() + ": " + Edn.abbreviate(op.toMap()));
      }
      Op filled = op;
      if (op.f() == null) filled = filled.withF(invoke.f());
      if (op.isInfo() && op.value() == null && invoke.value() != null) filled = filled.withValue(invoke.value());
      return filled;
    }

    private void append(Op op) {
      if (keep) {
        if (size == ops.length) {
          ops = Arrays.copyOf(ops, size * 2);
          partner = Arrays.copyOf(partner, size * 2);
        }
        ops[size] = op;
        partner[size] = lastInvocation;
        if (lastInvocation >= 0) partner[lastInvocation] = size;
      }
      size++;
    }
  }
}
