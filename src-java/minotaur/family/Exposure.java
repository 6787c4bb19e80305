package minotaur.family;

/**
 * The weakest memory model under which a variant misbehaves: {@code NONE} for correct variants
 * (and controls), {@code SC} when some sequentially consistent interleaving breaks it, {@code
 * TSO} when it needs a store to wait in a store buffer while a later load goes ahead (x86-TSO),
 * {@code WEAK} when only a model weaker than TSO (ARM, POWER; the explorer's {@code ra} and
 * {@code rc11}) can break it, so SC and TSO must pass it.
 */
public enum Exposure {
  NONE, SC, TSO, WEAK;

  /** Whether a variant with this exposure misbehaves under the memory model {@code model} (a {@link Family#MEMORY_MODELS} name). */
  public boolean violatedUnder(String model) {
    return switch (this) {
      case NONE -> false;
      case SC -> true;
      case TSO -> !model.equals("sc");
      case WEAK -> !model.equals("sc") && !model.equals("tso");
    };
  }
}
