package minotaur.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An ordering rule on real threads: the order holds against the start order, and nothing hangs. */
class OrderGateTest {
  @AfterEach void clear() {
    Faults.clear();
  }

  private static Thread thread(long process, String point, List<String> done) {
    Thread t = new Thread(() -> {
      Faults.bindProcess(process);
      Faults.point(point);
      done.add(point);
    });
    t.setDaemon(true);
    return t;
  }

  @Test void aThreadWaitsForTheEarlierEntriesOfOtherThreads() throws InterruptedException {
    OrderRule rule = new OrderRule(List.of(new OrderRule.Entry(1, "b", 1), new OrderRule.Entry(0, "a", 1)),
        60_000_000_000L);
    List<String> done = new CopyOnWriteArrayList<>();
    try (FaultInjector injector = FaultPlan.builder().order(rule).build().install()) {
      Thread first = thread(0, "a", done);
      first.start();
      // Process 0 is held at "a" (its turn comes after process 1's "b") before process 1 even starts.
      while (first.getState() != Thread.State.TIMED_WAITING) Thread.onSpinWait();
      assertEquals(List.of(), done);
      Thread second = thread(1, "b", done);
      second.start();
      first.join();
      second.join();
      assertEquals(List.of("b", "a"), done);
      assertEquals(0, injector.orderGate().timeouts());
      assertNull(injector.orderGate().firstSkipped());
      assertEquals(2, injector.orderGate().reached());
    }
  }

  @Test void anEntryNeverReachedTimesOutOnce() throws InterruptedException {
    OrderRule.Entry never = new OrderRule.Entry(1, "b", 1);
    OrderRule rule = new OrderRule(List.of(never, new OrderRule.Entry(0, "a", 1), new OrderRule.Entry(0, "a", 2)),
        5_000_000L);
    List<String> done = new CopyOnWriteArrayList<>();
    try (FaultInjector injector = FaultPlan.builder().order(rule).build().install()) {
      Thread only = new Thread(() -> {
        Faults.bindProcess(0);
        Faults.point("a");
        Faults.point("a");
        done.add("a twice");
      });
      only.start();
      only.join();
      assertEquals(List.of("a twice"), done);
      assertEquals(1, injector.orderGate().timeouts(), "the skipped entry is given up on for good");
      assertEquals(never, injector.orderGate().firstSkipped());
    }
  }
}
