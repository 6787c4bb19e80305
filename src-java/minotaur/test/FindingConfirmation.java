package minotaur.test;

import java.nio.file.Path;
import minotaur.explore.Confirmation;
import minotaur.explore.ExploreResult;
import minotaur.explore.scenario.Scenario;

/**
 * The verdict's line on an exploration finding replayed on real threads ({@link Confirmation}):
 * a few attempts, to keep within a test's budget; {@code minotaur explore --confirm} takes more.
 */
final class FindingConfirmation {
  static final int ATTEMPTS = 5;

  private FindingConfirmation() {}

  /** The confirmation line of {@code found}'s failure of {@code scenario}; files under {@code out} (null: none). */
  static String line(Scenario scenario, ExploreResult found, Path out) {
    return Confirmation.confirm(scenario, found, ATTEMPTS, out).line();
  }
}
