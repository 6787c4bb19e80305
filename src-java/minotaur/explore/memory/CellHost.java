package minotaur.explore.memory;

/**
 * What a simulated cell needs from the run it belongs to (the explorer's {@code Run} implements
 * it): which explored thread is accessing, the scheduling point of an access, the run's memory
 * system, and tracing. It keeps this package below the scheduler, which creates the cells through
 * {@link SimMemory}.
 */
public interface CellHost {
  /** The explored thread making the access, or -1 for any other thread (setup, end checks). */
  int current();

  /** Called by explored thread {@code t}: posts {@code next} and waits until it is chosen. */
  void point(int t, Action next);

  MemorySystem memory();

  /** A key naming a new cell the same way in every run of the scenario. */
  long cellKey();

  /** The memory model's name, as the command line spells it. */
  String modelName();

  boolean tracing();

  /** Records thread {@code t}'s visit of the named point (traced runs only). */
  void visit(int t, String point);

  void trace(int t, String text);
}
