package minotaur.explore.scenario;

/** A scenario's assertion or invariant does not hold. An Error, so port code does not catch it. */
public final class ScenarioViolation extends AssertionError {
  public ScenarioViolation(String message) {
    super(message);
  }
}
