package minotaur.os;

/** QEMU's {@code EventNotifier} (an eventfd): set makes it readable; test-and-clear consumes it. */
public interface EventNotifier {
  String name();
  /** {@code event_notifier_set}. */
  void set();
  /** {@code event_notifier_test_and_clear}: true if it was set. */
  boolean testAndClear();
  /** Blocks until set (ppoll on the fd, without consuming); returns at once if already set. */
  void awaitSet();
  /** True if set, without consuming (for invariants). */
  boolean isSet();
}
