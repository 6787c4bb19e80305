package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import minotaur.fault.FaultAction;
import minotaur.fault.FaultPlan;
import minotaur.history.BadInput;
import minotaur.run.Workload;
import minotaur.run.WorkloadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run X --print-faults} prints, for every workload and variant, the plan the run installs,
 * as a {@code --faults} file: reading it back gives the same plan, and printing the read plan
 * gives the same text.
 */
class PrintFaultsRoundTripTest {
  @Test
  void everyWorkloadsPlanRoundTripsThroughFaultsFiles(@TempDir Path dir) throws Exception {
    int checked = 0;
    List<String> workloads = new ArrayList<>();
    for (String name : Workloads.names()) {
      workloads.add(name);
      List<String> variants = new ArrayList<>();
      variants.add(null);
      Workloads.variants(name).forEach(variants::add);
      for (String variant : variants) {
        Workload w;
        try {
          w = Workloads.create(name, new WorkloadOptions(variant, 4, 9, java.util.Map.of()));
        } catch (BadInput e) {
          continue; // a variant this workload builds only with other options (e.g. a flavour)
        }
        String what = name + " --variant " + w.variant();
        assertTrue(w.hasFaults(), what + " has a fault plan");
        String[] args = {"run", name, "--variant", w.variant(), "--threads", "4", "--seed", "9", "--print-faults"};
        assertEquals(Exit.HOLDS, RunCommandTest.run(args), what + ": " + RunCommandTest.captured[1]);
        String printed = RunCommandTest.captured[0];
        FaultPlan read = FaultPlan.parse(printed, what);
        assertEquals(w.faultPlan().withSeed(9), read, what);

        Path file = dir.resolve(name + "-" + w.variant() + ".edn");
        Files.writeString(file, printed);
        String[] again = {"run", name, "--variant", w.variant(), "--threads", "4", "--seed", "9",
            "--faults", file.toString(), "--print-faults"};
        assertEquals(Exit.HOLDS, RunCommandTest.run(again), what + ": " + RunCommandTest.captured[1]);
        assertEquals(printed, RunCommandTest.captured[0], what + " printed again from its --faults file");
        checked++;
      }
    }
    assertTrue(checked >= workloads.size(), "checked " + checked + " of " + workloads);
  }

  /** An aimed plan prints as a {@code --faults} file too: it names its hot points and reads back equal. */
  @Test
  void anAimedPlanRoundTripsThroughItsFaultsFile(@TempDir Path dir) throws Exception {
    String[] args = {"run", "qemu-event", "--variant", "reset-store", "--seed", "9", "--aim", "--print-faults"};
    assertEquals(Exit.HOLDS, RunCommandTest.run(args), RunCommandTest.captured[1]);
    String printed = RunCommandTest.captured[0];
    FaultPlan aimed = FaultPlan.parse(printed, "aimed");
    FaultPlan uniform = Workloads.create("qemu-event", WorkloadOptions.of("reset-store", 4, 9)).faultPlan();
    assertTrue(!aimed.equals(uniform.withSeed(9)) && printed.contains("\"qemu-event.reset.before-or\""), printed);
    Path file = dir.resolve("aimed.edn");
    Files.writeString(file, printed);
    String[] again = {"run", "qemu-event", "--variant", "reset-store", "--seed", "9", "--faults", file.toString(),
        "--print-faults"};
    assertEquals(Exit.HOLDS, RunCommandTest.run(again), RunCommandTest.captured[1]);
    assertEquals(printed, RunCommandTest.captured[0]);
  }

  /** The variants that nest interrupts get them from the plan, where they print. */
  @Test
  void xenNestingInterruptsArePartOfThePlan() {
    String xen = null;
    for (String n : Workloads.names()) {
      if (n.startsWith("xen")) xen = n;
    }
    FaultPlan nesting = Workloads.create(xen, WorkloadOptions.of("nesting", 3, 1)).faultPlan();
    assertTrue(nesting.rules().stream().anyMatch(r -> r.action() == FaultAction.INTERRUPT), nesting.toEdn());
    assertTrue(nesting.toEdn().contains(":action :interrupt"), nesting.toEdn());
    FaultPlan seed = Workloads.create(xen, WorkloadOptions.of("seed", 3, 1)).faultPlan();
    assertTrue(seed.rules().stream().noneMatch(r -> r.action() == FaultAction.INTERRUPT), seed.toEdn());
  }
}
