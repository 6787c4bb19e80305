package minotaur.explore;

import minotaur.history.Op;

/** Where a scenario's threads run: an explored {@link Run}, or real threads ({@link RealRun}). */
interface ActorHost {
  String threadName(int t);

  /** Appends an op of thread {@code t} to the run's history. */
  void record(int t, Op.Type type, String f, Object value);
}
