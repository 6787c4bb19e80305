package minotaur.explore.scenario;

import minotaur.history.Op;

/** Where a scenario's threads run: an explored run, or real threads (the explorer's {@code Run} and {@code RealRun}). */
public interface ActorHost {
  String threadName(int t);

  /** Appends an op of thread {@code t} to the run's history. */
  void record(int t, Op.Type type, String f, Object value);
}
