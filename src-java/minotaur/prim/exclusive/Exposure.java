package minotaur.prim.exclusive;

/**
 * The weakest memory model under which a variant of a mutual-exclusion port misbehaves, as the
 * suite asserts it: {@code NONE} for correct variants (and controls), {@code SC} when some
 * sequentially consistent interleaving breaks it, {@code TSO} when it needs a store to wait in a
 * store buffer while a later load goes ahead (x86-TSO), {@code WEAK} when only a model weaker than
 * TSO (ARM, POWER) can break it, so the explorer's SC and TSO memories must pass it.
 */
public enum Exposure {
  NONE, SC, TSO, WEAK
}
