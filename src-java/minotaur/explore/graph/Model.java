package minotaur.explore.graph;

/**
 * The consistency predicate the graph explorer enforces (docs/memory-models.md):
 * <ul>
 *   <li>{@link #SC}: acyclic(po | rf | mo | rb) (Shasha and Snir; Lamport).
 *   <li>{@link #TSO}: x86-TSO as herd7's x86tso.cat: acyclic(po-loc | rf | mo | rb) and
 *       acyclic(ppo | rfe | mo | rb), ppo being po without the pairs of a buffered store and a
 *       later load that no fence, RMW or volatile store separates.
 *   <li>{@link #RC11}: Lahav, Vafeiadis, Kang, Hur, Dreyer, "Repairing sequential consistency in
 *       C/C++11" (PLDI 2017), as herd7's rc11.cat: coherence (irreflexive hb;eco?), atomicity,
 *       acyclic psc, acyclic(po | rf); data races flagged apart.
 *   <li>{@link #RA}: RC11 with every read at least acquire and every write at least release (so
 *       no access is non-atomic and nothing races); seq_cst accesses and fences keep psc.
 * </ul>
 */
public enum Model {
  SC, TSO, RA, RC11
}
