package minotaur.fault;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.PersistentVector;
import java.util.List;
import java.util.Objects;

/**
 * A fault plan's ordering rule: the named-point visits of a schedule, in the order the threads must
 * pass them, and how long a thread waits for its turn. In a plan file it is a map in {@code
 * :faults}: {@code {:order [[0 "xen.unlock.after-store" 1] [1 "xen.slow.before-poll" 1]] :timeout
 * "50ms"}}, each entry {@code [process point visit]} (visit 1 is the process's first visit of that
 * point). What it does at run time is {@link OrderGate}'s.
 */
public record OrderRule(List<Entry> entries, long timeoutNanos) {
  /** The default wait for a turn: long enough for a descheduled thread, short enough not to stall a run. */
  public static final long DEFAULT_TIMEOUT_NANOS = 50_000_000L;

  /** The {@code visit}-th visit (from 1) of {@code point} by the thread bound to {@code process}. */
  public record Entry(long process, String point, int visit) {
    public Entry {
      Objects.requireNonNull(point, "point");
      if (point.isEmpty()) throw new IllegalArgumentException("empty point name in :order");
      if (process < 0) throw new IllegalArgumentException(":order process must be >= 0, not " + process);
      if (visit < 1) throw new IllegalArgumentException(":order visit must be >= 1, not " + visit);
    }

    Object toEdn() {
      return PersistentVector.create(process, point, (long) visit);
    }
  }

  public OrderRule {
    entries = List.copyOf(entries);
    if (entries.isEmpty()) throw new IllegalArgumentException(":order needs at least one entry");
    if (timeoutNanos <= 0) throw new IllegalArgumentException(":timeout must be positive");
    if (entries.stream().distinct().count() != entries.size()) {
      throw new IllegalArgumentException(":order lists a visit twice");
    }
  }

  /** The rule as a plan file writes it. */
  public IPersistentMap toEdn() {
    return PersistentArrayMap.EMPTY
        .assoc(Keyword.intern("order"), PersistentVector.create(entries.stream().map(Entry::toEdn).toArray()))
        .assoc(Keyword.intern("timeout"), timeoutNanos);
  }
}
