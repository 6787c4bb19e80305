package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import minotaur.explore.ExploreResult;
import minotaur.family.Family;
import minotaur.history.BadInput;
import org.junit.jupiter.api.Test;

/** The registry: one name per family, old names with a deprecation line, "did you mean" for the rest. */
class FamiliesTest {
  @Test
  void oneNamePerFamilyUsedAsScenarioPrefix() {
    assertEquals(List.of("aio", "cas-register", "exclusive", "qemu-event", "rcu", "timer-list", "xen"), Families.names());
    for (Family f : Families.all()) {
      f.scenarios().forEach(s -> assertTrue(s.name().startsWith(f.name() + "/"), s.name()));
      assertEquals(f.name(), f.workload(minotaur.run.WorkloadOptions.of(null, 4, 1)).name(), "workload name of " + f.name());
    }
  }

  @Test
  void oldNamesResolveWithADeprecationLine() {
    String err = stderrOf(() -> {
      assertEquals("aio", Families.named("aio-notify").name());
      assertEquals("xen", Families.named("xen-spinlock").name());
      assertEquals("qemu-event/seed/futex-promela", Scenarios.named("qemu-event-futex/seed/promela").name());
    });
    assertTrue(err.contains("'aio-notify' is deprecated, use 'aio'"), err);
    assertTrue(err.contains("'xen-spinlock' is deprecated, use 'xen'"), err);
    assertTrue(err.contains("'qemu-event-futex/seed/promela' is deprecated, use 'qemu-event/seed/futex-promela'"), err);
  }

  @Test
  void unknownNamesSuggestTheClosest() {
    BadInput e = assertThrows(BadInput.class, () -> Families.named("xen-spinlok"));
    assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
    BadInput s = assertThrows(BadInput.class, () -> Scenarios.named("xen/seed/handovr"));
    assertTrue(s.getMessage().contains("xen/seed/handover"), s.getMessage());
  }

  @Test
  void explorationVerdictsMapToExitCodes() {
    assertEquals(0, Exit.of(ExploreResult.Verdict.PASS));
    assertEquals(1, Exit.of(ExploreResult.Verdict.FAIL));
    assertEquals(2, Exit.of(ExploreResult.Verdict.INCONCLUSIVE));
  }

  private static String stderrOf(Runnable r) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
