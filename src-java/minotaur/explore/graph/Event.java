package minotaur.explore.graph;

/**
 * One event of an execution graph: a read, a write, a read-modify-write (one {@link Kind#UPDATE}
 * event that reads and writes, as GenMC counts a successful RMW), or a fence. Events of thread
 * {@code t} are numbered {@code index} 0, 1, ... in program order; a location's initial write has
 * thread -1. {@link #rf} is the write a read reads from; a write's place in modification order is
 * its position in {@link Graph#mo}. An OS call is an SC update of the hidden OS location that also
 * acts as an SC fence ({@link #osCall}).
 *
 * <p>Mutable only while its graph is being built or copied; {@link #value} is the written value
 * of the current run (re-executing the program recomputes it).
 */
public final class Event {
  public enum Kind { READ, WRITE, UPDATE, FENCE }

  final int thread;
  final int index;
  final Kind kind;
  final int loc;
  final Ord ord;
  final boolean osCall;
  final String label;
  Event rf;
  Object value;
  /** Whether a read read the newest write in mo when added, or a write went to the end of mo. */
  boolean addedMax = true;
  /** False once the event is in the prefix of a write that revisited a read (TruSt). */
  boolean revisitable = true;
  /** A read re-added by a backward revisit: its write was first added after it. */
  boolean revisited;
  /** An OS call's read that its thread cannot take yet: the thread's last event, revisitable by a later call. */
  boolean blocked;
  /** Position in {@link Graph#events} (insertion order); -1 for an initial write. */
  int stamp = -1;
  /** Its {@link Views}: porf-prefix, happens-before, release heads (atomic writes), acquirable heads (so far in its thread). */
  int[] porf;
  int[] hb;
  int[] rel;
  int[] acq;

  Event(int thread, int index, Kind kind, int loc, Ord ord, boolean osCall, String label) {
    this.thread = thread;
    this.index = index;
    this.kind = kind;
    this.loc = loc;
    this.ord = ord;
    this.osCall = osCall;
    this.label = label;
  }

  Event copy() {
    Event e = new Event(thread, index, kind, loc, ord, osCall, label);
    e.value = value;
    e.addedMax = addedMax;
    e.revisitable = revisitable;
    e.revisited = revisited;
    e.blocked = blocked;
    e.porf = porf;
    e.hb = hb;
    e.rel = rel;
    e.acq = acq;
    return e;
  }

  public boolean reads() {
    return kind == Kind.READ || kind == Kind.UPDATE;
  }

  public boolean writes() {
    return kind == Kind.WRITE || kind == Kind.UPDATE;
  }

  /** Acts as a fence: a fence event, or an OS call. */
  boolean fences() {
    return kind == Kind.FENCE || osCall;
  }

  boolean isInit() {
    return thread < 0;
  }

  /** {@code T1.4} or {@code init}. */
  public String id() {
    return isInit() ? "init" : "T" + thread + "." + index;
  }

  @Override public String toString() {
    String what = switch (kind) {
      case READ -> label + " = " + (rf == null ? "?" : rf.value) + " from " + (rf == null ? "?" : rf.id());
      case WRITE -> label;
      case UPDATE -> label + " reads " + (rf == null ? "?" : rf.value) + " from " + (rf == null ? "?" : rf.id());
      case FENCE -> label;
    };
    return id() + " " + what + " [" + ord.cName() + "]";
  }
}
