package minotaur.explore.sim;

import minotaur.os.EventNotifier;

/** An eventfd-like flag: set, test-and-clear, and a wait enabled once it is set. */
final class SimEventNotifier extends SimOsObject implements EventNotifier {
  private boolean set;

  SimEventNotifier(OsHost run, String name) {
    super(run, "event-notifier", name);
  }

  @Override public void set() {
    int t = call("set()", null, null);
    visit(t, "set");
    set = true;
    trace(t, "set()");
  }

  @Override public boolean testAndClear() {
    int t = call("testAndClear()", null, null);
    visit(t, "test-and-clear");
    boolean was = set;
    set = false;
    trace(t, "testAndClear() = " + was);
    return was;
  }

  @Override public void awaitSet() {
    int t = blockingCall("awaitSet()", null, () -> set);
    visit(t, "wait");
    trace(t, "awaitSet(): set, returns");
  }

  @Override public boolean isSet() {
    int t = call("isSet()", null, null);
    trace(t, "isSet() = " + set);
    return set;
  }
}
