package minotaur.os;

import minotaur.mem.IntCell;

/** {@code futex(FUTEX_WAIT)} / {@code futex(FUTEX_WAKE)} on an int cell. */
public interface Futex {
  String name();
  /** Sleeps unless {@code word != expected} (checked atomically with going to sleep); may return spuriously. */
  void await(IntCell word, int expected);
  /** Wakes up to {@code count} threads sleeping on {@code word}; {@code Integer.MAX_VALUE} wakes all. */
  void wake(IntCell word, int count);
}
