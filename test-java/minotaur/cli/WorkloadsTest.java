package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import minotaur.history.BadInput;
import minotaur.run.WorkloadOptions;
import org.junit.jupiter.api.Test;

/** The registry: every family's workload takes its variant names case-insensitively. */
class WorkloadsTest {
  /**
   * Builds {@code name} in variant {@code typed}; returns its CLI variant name, or null if the
   * workload refuses that variant for another reason than its name (e.g. a missing flavour).
   */
  static String variantOf(String name, String typed) {
    try {
      return Workloads.create(name, WorkloadOptions.of(typed, 2, 1)).variant();
    } catch (BadInput e) {
      assertFalse(e.getMessage().contains("unknown variant"), name + " --variant " + typed + ": " + e.getMessage());
      return null;
    }
  }

  @Test
  void everyVariantParsesInAnyCase() {
    int checked = 0;
    for (String name : Workloads.names()) {
      for (String v : Workloads.variants(name)) {
        String upper = v.toUpperCase(Locale.ROOT);
        String underscored = upper.replace('-', '_');
        String built = variantOf(name, v);
        if (built == null) continue;
        assertEquals(v, built, name + " --variant " + v);
        assertEquals(v, variantOf(name, upper), name + " --variant " + upper);
        assertEquals(v, variantOf(name, underscored), name + " --variant " + underscored);
        checked++;
      }
    }
    assertTrue(checked >= 10, "variants checked: " + checked);
  }

  @Test
  void theNamesInTheBriefParse() {
    assertEquals("seed", variantOf("qemu-event", "seed"));
    assertEquals("seed", variantOf("aio", "SEED"));
    assertEquals("mutant", variantOf("cas-register", "Mutant"));
  }

  @Test
  void anUnknownVariantListsTheNames() {
    BadInput e = assertThrows(BadInput.class,
        () -> Workloads.create("cas-register", WorkloadOptions.of("nope", 2, 1)));
    assertTrue(e.getMessage().contains("correct, mutant"), e.getMessage());
  }
}
