package minotaur.run;

import minotaur.history.Op;

/**
 * Runs a workload's operations against the primitive under test, on behalf of one process (one
 * Jepsen client per process; a process that crashed gets a fresh client).
 *
 * <p>The runner calls, on the worker thread that is the process: {@link #enter}, records the
 * {@code :invoke}, calls {@link #invoke}, records the completion it returns, then calls
 * {@link #exit}. So the recorded interval of an op contains {@code invoke}'s execution and lies
 * inside the span from {@code enter} to {@code exit}: an op that must be recorded strictly inside
 * a real section (an {@code :exec} op between {@code cpu_exec_start} returning and
 * {@code cpu_exec_end} being called) enters the section in {@code enter} and leaves it in
 * {@code exit}, and any overlap of recorded intervals is then a real overlap.
 *
 * <p>Blocking must happen in {@code minotaur.os} calls: when the watchdog gives up on an op it
 * records it as {@code :info} with {@code :error :timeout} and interrupts the thread, and those
 * calls then throw {@code minotaur.os.Abandoned}. An exception thrown by any method completes the
 * op as {@code :info} with the exception as {@code :error}.
 */
public interface Client {
  /** Runs the op and returns its completion: {@code :ok}, {@code :fail} or {@code :info}, same {@code :f}. */
  Op invoke(Op invocation) throws Exception;

  /** Runs before the invoke is recorded; the default does nothing. */
  default void enter(Op invocation) throws Exception {}

  /** Runs after the completion is recorded; the default does nothing. */
  default void exit(Op completion) throws Exception {}

  /** Releases what the client holds, when its process ends. */
  default void close() {}

  /** Opens the client of a process. */
  @FunctionalInterface
  interface Factory {
    /**
     * A client for {@code process} running on worker slot {@code thread} (0..concurrency-1; a
     * CPU-thread workload uses it as the CPU index, it survives process renumbering).
     */
    Client open(int thread, int process);
  }
}
