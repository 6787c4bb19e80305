package minotaur.prim.rcu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import minotaur.fault.FaultPointHandler;
import minotaur.fault.FaultScope;
import minotaur.fault.Faults;
import minotaur.mem.Memory;
import minotaur.os.Os;
import org.junit.jupiter.api.Test;

/**
 * The call_rcu thread belongs to the run: a workload is built before its run, by a thread bound
 * to no run, so a thread it started at once would draw none of the run's faults (each run's plan
 * serves its own threads only). It starts with the first callback, from a thread of the run, and
 * inherits that thread's binding.
 */
class CallRcuFaultsTest {
  private static final String POINT = "rcu.sync.after-gp-bump";

  @Test
  void theCallRcuThreadTakesTheFaultsOfTheRunThatFirstCallsIt() throws Exception {
    Rcu rcu = new Rcu(Memory.jvm(), Os.jvm(), RcuVariant.CORRECT);
    rcu.callbacks().start(); // as a workload does when it is built, outside any run
    Set<String> threads = ConcurrentHashMap.newKeySet();
    FaultPointHandler seen = point -> {
      if (point.equals(POINT)) threads.add(Thread.currentThread().getName());
    };
    try (FaultScope run = FaultScope.open(seen)) {
      FaultScope outer = Faults.bind(run);
      try {
        // Returns once the callback ran, after the call_rcu thread's synchronize_rcu (the thread
        // is registered itself, so the grace period bumps the counter and passes the point).
        rcu.callbacks().drain();
      } finally {
        Faults.bind(outer);
      }
    } finally {
      rcu.callbacks().stop();
    }
    assertTrue(threads.contains("call_rcu"), "threads that passed " + POINT + " under the run's plan: " + threads);
  }
}
