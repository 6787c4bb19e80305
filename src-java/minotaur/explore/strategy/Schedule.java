package minotaur.explore.strategy;

/**
 * What a strategy sees of the run it schedules (the explorer's {@code Run} implements it): how
 * many threads it has, which choices commute (for sleep sets) and the scenario, for messages.
 */
public interface Schedule {
  int threads();

  /** Whether choices {@code a} and {@code b} at the run's current state do not commute. */
  boolean dependent(int a, int b);

  String scenarioName();
}
