package minotaur.explore.scenario;

import java.util.List;
import minotaur.history.Op;

/** A check of one run's history, e.g. linearizability against a model. */
@FunctionalInterface
public interface HistoryCheck {
  /** Null if the history is fine, else one line saying what is wrong. */
  String violation(List<Op> history);
}
