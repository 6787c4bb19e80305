package minotaur.explore;

import java.util.List;
import minotaur.history.Op;

/**
 * A failing schedule: what failed, the replay token that reproduces it, the readable trace of the
 * schedule (one line per step: step number, thread, access and value, store buffers), the EDN
 * history of the scenario's ops in that schedule and, as data, the named fault points it visited
 * in schedule order ({@code visits}: what {@link Confirmation} replays on real threads).
 */
public record Failure(Kind kind, String message, String token, List<String> trace, List<Op> history,
    List<PointVisit> visits) {
  public Failure {
    visits = List.copyOf(visits);
  }

  public enum Kind {
    /** An assertion in a thread failed, or a thread threw. */
    ASSERTION,
    /** An end-of-run invariant failed. */
    INVARIANT,
    /** Some thread stayed blocked after every other thread finished. */
    LOST_WAKEUP,
    /** No thread could run while several were blocked. */
    DEADLOCK,
    /** A history check (linearizability) failed. */
    HISTORY,
    /**
     * RC11: two conflicting accesses, at least one plain (non-atomic), that happens-before does
     * not order; undefined behaviour in C, so reported apart from any spec violation.
     */
    DATA_RACE
  }

  /** The failure, the token and the trace, as printed by {@code minotaur explore}. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(kind.name().toLowerCase().replace('_', ' ')).append(": ").append(message).append('\n');
    sb.append("schedule (").append(trace.size()).append(" lines):\n");
    for (String line : trace) sb.append(line).append('\n');
    sb.append("replay token: ").append(token).append('\n');
    return sb.toString();
  }
}
