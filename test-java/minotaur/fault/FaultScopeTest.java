package minotaur.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Per-run fault scopes: who draws from which handler, and what a closed scope's threads draw. */
class FaultScopeTest {
  /** Records the points it is asked about and answers yes to every wakeup and no to every interrupt. */
  private static final class Recording implements FaultPointHandler {
    final List<String> points = new ArrayList<>();

    @Override public synchronized void at(String point) {
      points.add(point);
    }

    @Override public boolean spuriousWakeup(String point) {
      return true;
    }

    @Override public boolean interrupt(String point) {
      return false;
    }
  }

  @AfterEach void unbind() {
    Faults.bind(null);
    Faults.clear();
  }

  @Test
  void aBoundThreadAndTheThreadsItStartsDrawFromTheirScopeOnly() throws Exception {
    Recording global = new Recording();
    Recording run = new Recording();
    Faults.install(global);
    try (FaultScope scope = FaultScope.open(run)) {
      assertNull(Faults.bind(scope));
      Faults.point("bound");
      Thread child = new Thread(() -> Faults.point("child"));
      child.start();
      child.join();
      assertTrue(Faults.spuriousWakeup("w"));
      assertFalse(Faults.interrupt("i"));
      assertSame(scope, Faults.bind(null));
      Faults.point("unbound");
    }
    assertEquals(List.of("bound", "child"), run.points);
    assertEquals(List.of("unbound"), global.points);
  }

  @Test
  void aThreadOfAClosedScopeDrawsNothingWhileAnotherScopeIsOpen() {
    Recording first = new Recording();
    Recording second = new Recording();
    Recording global = new Recording();
    Faults.install(global);
    FaultScope old = FaultScope.open(first);
    Faults.bind(old);
    old.close();
    try (FaultScope next = FaultScope.open(second)) {
      Faults.point("stale");
      assertFalse(Faults.spuriousWakeup("w"), "no spurious wakeup after the run ended");
      assertTrue(Faults.interrupt("i"), "with no handler every interrupt window delivers");
      assertNull(old.handler());
      assertSame(second, next.handler());
    }
    assertEquals(List.of(), first.points);
    assertEquals(List.of(), second.points);
    assertEquals(List.of(), global.points);
  }

  @Test
  void aScopeWithoutAHandlerKeepsItsThreadsFromTheGlobalOne() throws Exception {
    Recording global = new Recording();
    Faults.install(global);
    AtomicReference<Boolean> woke = new AtomicReference<>();
    try (FaultScope none = FaultScope.open(null)) {
      Thread t = new Thread(() -> {
        Faults.bind(none);
        Faults.point("run without a plan");
        woke.set(Faults.spuriousWakeup("w"));
      });
      t.start();
      t.join();
    }
    Faults.point("test thread");
    assertEquals(List.of("test thread"), global.points);
    assertEquals(false, woke.get());
  }
}
