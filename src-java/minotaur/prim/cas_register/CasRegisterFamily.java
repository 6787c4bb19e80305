package minotaur.prim.cas_register;

import java.util.List;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Expected;
import minotaur.family.Exposure;
import minotaur.family.Family;
import minotaur.family.RunCheck;
import minotaur.family.Variant;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * The descriptor of family {@code cas-register}: the suite's end-to-end example (no seed), a
 * compare-and-set register checked for linearizability against Knossos's cas-register model, as
 * Jepsen's tests do. It has no explorer scenarios: two seeded runs on real threads decide it (the
 * mutant's lost update needs a delay in its read-to-write window, which the fault plan gives with
 * a probability, so it is expected within ten seeds).
 */
public final class CasRegisterFamily implements Family {
  private static final String LOST_UPDATE = "two CAS from the same old value both succeed";

  @Override public String name() {
    return CasRegisterWorkload.NAME;
  }

  @Override public String seed() {
    return "none";
  }

  @Override public String summary() {
    return "a compare-and-set register on one cell (Jepsen's and Knossos's cas-register), the end-to-end example";
  }

  @Override public List<String> properties() {
    return List.of("linearizable");
  }

  @Override public List<Variant> variants() {
    return List.of(
        Variant.of(CasRegister.Variant.CORRECT, "cas is one compare-and-exchange")
            .holds("correct")
            .run(RunCheck.of(4, 1, 1000), Expected.holds("correct"))
            .build(),
        Variant.of(CasRegister.Variant.MUTANT, "cas reads, compares, then writes: not atomic")
            .violated(Exposure.SC, "linearizable", LOST_UPDATE, null)
            .run(RunCheck.of(4, 1, 1000).attempts(10), Expected.violated("linearizable", LOST_UPDATE, null))
            .build());
  }

  @Override public Workload workload(WorkloadOptions options) {
    return CasRegisterWorkload.create(options);
  }

  @Override public List<WorkloadOption> workloadOptions() {
    return CasRegisterWorkload.OPTIONS;
  }

  @Override public List<Scenario> scenarios() {
    return List.of();
  }
}
