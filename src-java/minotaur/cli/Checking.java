package minotaur.cli;

import minotaur.history.BadInput;
import java.time.Duration;
import minotaur.check.CheckOptions;
import minotaur.check.Linearizability;
import minotaur.history.Edn;
import minotaur.history.History;
import minotaur.history.HistoryException;
import minotaur.model.Model;
import minotaur.model.Models;

/** Runs the linearizability checker for commands that explain a history (report). */
final class Checking {
  private Checking() {}

  /**
   * The Knossos-shaped result map of checking {@code history} against the model named {@code
   * model} with the initial value given as EDN text.
   */
  static Object check(String model, String initialEdn, History history, Duration timeLimit) {
    Object initial;
    try {
      initial = Edn.read(initialEdn, "--initial");
    } catch (HistoryException e) {
      throw new BadInput(e.getMessage());
    }
    Model m;
    try {
      m = Models.named(model, initial);
    } catch (IllegalArgumentException e) {
      throw new BadInput(e.getMessage());
    }
    try {
      return Linearizability.check(m, history.ops(), CheckOptions.defaults().withTimeLimit(timeLimit)).toEdn();
    } catch (IllegalArgumentException e) {
      throw new BadInput(history.source() + ": " + e.getMessage());
    }
  }
}
