package minotaur.explore.scenario;

/** Assertions for scenarios, in threads and in end-of-run invariants. */
public final class Check {
  private Check() {}

  /** Fails the run with {@code what} unless {@code holds}. */
  public static void that(boolean holds, String what) {
    if (!holds) throw new ScenarioViolation(what);
  }
}
