package minotaur.os;

/**
 * One finished OS wait: which primitive ({@code kind} and {@code name}), on what ({@code detail},
 * e.g. {@code "cpu 2"}), by which thread, how it ended, and when ({@link System#nanoTime()}):
 * {@code releasedNanos} is when a wake released it (-1 if none did: it returned at once or was
 * abandoned), which on a starved machine can be long before {@code endNanos}.
 */
public record WaitRecord(
    String kind,
    String name,
    String detail,
    String thread,
    WaitOutcome outcome,
    long startNanos,
    long releasedNanos,
    long endNanos) {}
