package minotaur.prim.qemu_event;

/**
 * The states of {@code ev->value} (util/qemu-thread-win32.c and -posix.c). The values matter:
 * {@code qemu_event_reset} turns SET into FREE with {@code value | EV_FREE}, which leaves FREE and
 * BUSY unchanged, so a reset can never move a waiter's BUSY back to FREE.
 */
public final class EventState {
  public static final int EV_SET = 0;
  public static final int EV_FREE = 1;
  public static final int EV_BUSY = -1;

  private EventState() {}

  /** {@code "set"}, {@code "free"} or {@code "busy"}. */
  public static String name(int state) {
    switch (state) {
      case EV_SET: return "set";
      case EV_FREE: return "free";
      case EV_BUSY: return "busy";
      default: return "invalid(" + state + ")";
    }
  }

  /** W3: the only transitions are free→set, busy→set, set→free and free→busy. */
  public static boolean isValidTransition(int from, int to) {
    return (to == EV_SET && (from == EV_FREE || from == EV_BUSY))
        || (from == EV_SET && to == EV_FREE)
        || (from == EV_FREE && to == EV_BUSY);
  }
}
