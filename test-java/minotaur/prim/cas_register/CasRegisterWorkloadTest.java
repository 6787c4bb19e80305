package minotaur.prim.cas_register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import clojure.lang.Keyword;
import java.nio.file.Path;
import java.util.List;
import minotaur.fault.FaultPlan;
import minotaur.gen.Context;
import minotaur.gen.Simulation;
import minotaur.history.Op;
import minotaur.run.RunOptions;
import minotaur.run.RunResult;
import minotaur.run.Runner;
import minotaur.run.WorkloadOptions;
import minotaur.cli.Workloads;
import org.junit.jupiter.api.Test;

/** End to end: generator, runner, fault plan and linearizability checker on the CAS register. */
class CasRegisterWorkloadTest {
  static final Path DIR = Path.of(System.getProperty("minotaur.basedir", "."), "target", "test-histories");

  static RunResult run(String variant, long seed, int ops) {
    Path history = DIR.resolve("cas-register-" + variant + "-" + seed + ".edn");
    RunResult r = Runner.run(Workloads.create("cas-register", WorkloadOptions.of(variant, 4, seed)),
        RunOptions.of(4, seed, ops).withHistory(history));
    System.out.println("cas-register " + variant + " seed " + seed + ": " + r.valid() + ", history " + history);
    return r;
  }

  @Test
  void mutantIsCaughtWithinTenSeeds() {
    for (long seed = 1; seed <= 10; seed++) {
      RunResult r = run("mutant", seed, 1000);
      if (Boolean.FALSE.equals(r.valid())) return;
    }
    fail("MUTANT not caught by seeds 1..10 (histories in " + DIR + ")");
  }

  @Test
  void correctHolds() {
    for (long seed = 1; seed <= 3; seed++) {
      RunResult r = run("correct", seed, 1000);
      assertEquals(Boolean.TRUE, r.valid(), "seed " + seed + ": " + r.verdict());
    }
  }

  @Test
  void theDefaultFaultPlanIsEdnToCopyAndItsDelaysAreInTheHistory() {
    assertEquals(CasRegisterWorkload.FAULTS, FaultPlan.parse(CasRegisterWorkload.FAULTS.toEdn(), "printed"));
    RunResult r = run("mutant", 2, 300);
    assertTrue(r.history().stream().anyMatch(o -> o.process().equals(Op.NEMESIS)
        && Keyword.intern("park").equals(o.f())), "parks at " + CasRegister.BETWEEN + " recorded");
    assertEquals(CasRegisterWorkload.FAULTS.withSeed(2), r.faults());
  }

  @Test
  void theSeedFixesTheGeneratedOps() {
    List<Op> a = Simulation.run(CasRegisterWorkload.generator(), Context.create(4, false, 7), 1000, 300);
    List<Op> b = Simulation.run(CasRegisterWorkload.generator(), Context.create(4, false, 7), 1000, 300);
    List<Op> c = Simulation.run(CasRegisterWorkload.generator(), Context.create(4, false, 8), 1000, 300);
    assertEquals(a, b);
    assertTrue(!a.equals(c));
  }
}
