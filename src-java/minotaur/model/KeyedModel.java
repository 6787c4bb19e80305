package minotaur.model;

import minotaur.history.Op;

/**
 * A model over independent keys, for P-compositionality (Horn and Kroening, "Faster
 * linearizability checking via P-compositionality", FORTE 2015): a history is linearizable iff
 * each key's sub-history is, when every operation touches exactly one key.
 */
public interface KeyedModel extends Model {
  /** The one key {@code op} touches, or null if it touches several keys or none. */
  Object keyOf(Op op);

  /** This state restricted to {@code key}: the initial model of that key's sub-history. */
  Model restrict(Object key);
}
