package minotaur.prim.rcu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.List;
import java.util.Map;
import minotaur.fault.FaultPlan;
import minotaur.history.Op;
import minotaur.run.RunOptions;
import minotaur.run.RunResult;
import minotaur.run.Runner;
import minotaur.run.Workload;
import minotaur.run.WorkloadOptions;
import org.junit.jupiter.api.Test;

/**
 * The call_rcu thread belongs to the run: a workload is built before its run, so a thread it
 * started at once would be bound to no run and draw none of the run's faults (each run's plan
 * serves its own threads only). It starts with the first callback, from a worker of the run.
 */
class CallRcuFaultsTest {
  private static final Keyword POINT = Keyword.intern("point");
  private static final Keyword THREAD = Keyword.intern("thread");

  @Test
  void theCallRcuThreadTakesTheRunsFaults() {
    long seed = 3;
    FaultPlan plan = FaultPlan.builder().yield(1.0, "rcu.sync.after-gp-bump").build();
    Workload w = RcuWorkload.create(new WorkloadOptions("correct", 3, seed, Map.of())).withFaults(plan);
    RunResult r = Runner.run(w, RunOptions.of(3, seed, 100));
    List<Object> threads = r.history().stream()
        .filter(o -> !o.isClient() && o.isInfo() && o.value() instanceof IPersistentMap m && m.containsKey(POINT))
        .map(o -> ((IPersistentMap) o.value()).valAt(THREAD)).distinct().toList();
    assertTrue(threads.contains("call_rcu"), "threads that took a fault at rcu.sync.after-gp-bump, seed " + seed
        + ": " + threads + "\n" + r.history().stream().filter(Op::isClient).limit(20).toList());
  }
}
