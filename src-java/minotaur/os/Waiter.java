package minotaur.os;

/**
 * One thread's place in a primitive's wait queue. {@link #state} is guarded by the monitor of the
 * primitive that created it: a waker sets {@code WOKEN} (or {@code SPURIOUS}) and notifies that
 * monitor; the waiter reads it after {@code wait()} returns. Marking the node, rather than
 * re-testing a shared flag, gives kernel semantics: a waiter released by a wake stays released
 * even if the condition is undone before it runs (a manual-reset event set and reset at once).
 */
final class Waiter {
  static final int WAITING = 0;
  static final int WOKEN = 1;
  static final int SPURIOUS = 2;

  final Thread thread = Thread.currentThread();
  int state = WAITING;
}
