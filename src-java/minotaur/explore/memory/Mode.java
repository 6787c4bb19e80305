package minotaur.explore.memory;

/** The access mode of a simulated load or store, as PORTING.md maps C accesses to VarHandle modes. */
enum Mode {
  PLAIN("Plain"), OPAQUE("Opaque"), ACQUIRE("Acquire"), RELEASE("Release"), VOLATILE("Volatile");

  private final String suffix;

  Mode(String suffix) {
    this.suffix = suffix;
  }

  /** The VarHandle method name of a load in this mode ({@code getOpaque}). */
  String load() {
    return "get" + suffix;
  }

  /** The VarHandle method name of a store in this mode ({@code setRelease}). */
  String store() {
    return "set" + suffix;
  }
}
