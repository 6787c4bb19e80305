package minotaur.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OsMonitorTest {
  @Test void listsBlockedThreadsOldestFirstWithWhatTheyWaitOn() throws Throwable {
    Os os = Os.jvm();
    Win32Event e = os.win32Event("registry-event", true, false);
    XenEventChannel irq = os.xenEventChannel("registry-irq", 2);
    Forked first = Forked.start("first", e::waitForSingleObject);
    first.awaitBlocked();
    Forked second = Forked.start("second", () -> irq.poll(1));
    second.awaitBlocked();

    List<BlockedWait> mine = OsMonitor.blocked().stream()
        .filter(b -> b.thread() == first.thread || b.thread() == second.thread).toList();
    assertEquals(2, mine.size());
    assertEquals(first.thread, mine.get(0).thread());
    assertEquals("registry-event", mine.get(0).name());
    assertEquals("registry-irq", mine.get(1).name());
    assertEquals("cpu 1", mine.get(1).detail());
    assertTrue(mine.get(0).sinceNanos() <= mine.get(1).sinceNanos());
    assertTrue(mine.get(1).toString().startsWith("second blocked in xen-evtchn registry-irq (cpu 1)"));

    Map<?, ?> edn = (Map<?, ?>) mine.get(1).toEdn();
    assertEquals("xen-evtchn", edn.get(Keyword.intern("kind")));
    assertEquals("cpu 1", edn.get(Keyword.intern("detail")));
    assertTrue((Long) edn.get(Keyword.intern("blocked-ns")) >= 0);

    e.setEvent();
    irq.sendIpi(1);
    first.join();
    second.join();
    assertFalse(OsMonitor.blocked().stream().anyMatch(b -> b.thread() == first.thread));
  }

  @Test void reportsEveryFinishedWaitToTheListenerAndCounters() throws Throwable {
    List<WaitRecord> seen = new CopyOnWriteArrayList<>();
    Consumer<WaitRecord> previous = OsMonitor.listen(seen::add);
    try {
      long woken = OsMonitor.count(WaitOutcome.WOKEN);
      EventNotifier n = Os.jvm().eventNotifier("listened");
      Forked w = Forked.start("listened-waiter", n::awaitSet);
      w.awaitBlocked();
      n.set();
      w.join();
      WaitRecord r = seen.stream().filter(x -> x.name().equals("listened")).findFirst().orElseThrow();
      assertEquals("listened-waiter", r.thread());
      assertEquals(WaitOutcome.WOKEN, r.outcome());
      assertTrue(r.endNanos() >= r.startNanos());
      assertTrue(OsMonitor.count(WaitOutcome.WOKEN) > woken);
    } finally {
      OsMonitor.listen(previous);
    }
  }
}
