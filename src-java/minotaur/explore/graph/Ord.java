package minotaur.explore.graph;

/**
 * The C11 access mode of an event, as the explorer maps Java's (docs/memory-models.md): plain is
 * non-atomic ({@link #NA}), opaque relaxed, getAcquire/setRelease acquire/release, volatile and
 * every VarHandle read-modify-write seq_cst; an explicit {@code minotaur.mem.Order} maps one to
 * one. Fences use {@link #ACQ}, {@link #REL}, {@link #ACQ_REL} and {@link #SC}.
 */
public enum Ord {
  NA, RLX, ACQ, REL, ACQ_REL, SC;

  public boolean atomic() {
    return this != NA;
  }

  /** Whether a read (or fence) of this mode acquires: ACQ, ACQ_REL or SC. */
  public boolean acquires() {
    return this == ACQ || this == ACQ_REL || this == SC;
  }

  /** Whether a write (or fence) of this mode releases: REL, ACQ_REL or SC. */
  public boolean releases() {
    return this == REL || this == ACQ_REL || this == SC;
  }

  /** The mode of the read part when a compare-and-exchange fails (C11 forbids release there). */
  public Ord asFailure() {
    return switch (this) {
      case REL -> RLX;
      case ACQ_REL -> ACQ;
      default -> this;
    };
  }

  /** The mode under release/acquire (RA): every read at least acquire, every write at least release. */
  Ord strengthened(Event.Kind kind) {
    return switch (kind) {
      case READ -> this == SC ? SC : ACQ;
      case WRITE -> this == SC ? SC : REL;
      case UPDATE -> this == SC ? SC : ACQ_REL;
      case FENCE -> this;
    };
  }

  /** The C11 spelling, for traces: {@code na}, {@code rlx}, {@code acq}, {@code rel}, {@code acq_rel}, {@code sc}. */
  public String cName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
