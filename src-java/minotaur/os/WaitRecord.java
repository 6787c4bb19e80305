package minotaur.os;

/**
 * One finished OS wait: which primitive ({@code kind} and {@code name}), on what ({@code detail},
 * e.g. {@code "cpu 2"}), by which thread, how it ended, and when ({@link System#nanoTime()}).
 */
public record WaitRecord(
    String kind,
    String name,
    String detail,
    String thread,
    WaitOutcome outcome,
    long startNanos,
    long endNanos) {}
