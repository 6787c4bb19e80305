package minotaur.explore.litmus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import minotaur.explore.ExploreOptions;
import minotaur.explore.MemoryModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Litmus files the suite has never seen: SB- and MP-shaped tests with memory orders drawn at
 * random (seed {@code -Dminotaur.seed}, else the clock; every message names it), written to a
 * temporary directory, read back and answered under SC and RC11. An SC execution is RC11-consistent
 * (SC is the strongest of the models), so every SC final state must be an RC11 one; and the
 * weak outcome of a shape whose orders all are relaxed must show under RC11.
 */
class GeneratedLitmusTest {
  private static final List<String> STORES = List.of("memory_order_relaxed", "memory_order_release", "memory_order_seq_cst");
  private static final List<String> LOADS = List.of("memory_order_relaxed", "memory_order_acquire", "memory_order_seq_cst");
  private static final List<String> FENCES = List.of("", "memory_order_acquire", "memory_order_release", "memory_order_seq_cst");

  @TempDir Path dir;

  @Test
  void freshFilesAreReadAndAnsweredAndScStatesAreRc11States() throws Exception {
    long seed = Long.getLong("minotaur.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int i = 0; i < 6; i++) {
      boolean sb = random.nextBoolean();
      String[] orders = new String[6];
      for (int k = 0; k < 2; k++) {
        orders[k] = STORES.get(random.nextInt(STORES.size()));
        orders[2 + k] = LOADS.get(random.nextInt(LOADS.size()));
        orders[4 + k] = FENCES.get(random.nextInt(FENCES.size()));
      }
      String name = "gen" + i;
      Path file = dir.resolve(name + ".litmus");
      Files.writeString(file, sb ? storeBuffering(name, orders) : messagePassing(name, orders));
      String where = "seed " + seed + ", " + file + ":\n" + Files.readString(file);

      LitmusTest test = LitmusParser.read(file);
      LitmusRun sc = LitmusRun.of(test, ExploreOptions.defaults().withModel(MemoryModel.SC));
      LitmusRun rc11 = LitmusRun.of(test, ExploreOptions.defaults().withModel(MemoryModel.RC11));
      for (LitmusRun run : List.of(sc, rc11)) {
        assertTrue(run.complete(), where + run.explored());
        assertTrue(run.report().startsWith("Test " + name + " "), where + run.report());
        assertEquals(run.executions(), run.positive() + run.negative(), where + run.report());
      }
      assertTrue(rc11.states().keySet().containsAll(sc.states().keySet()),
          where + "SC states " + sc.states().keySet() + " are not all RC11 states " + rc11.states().keySet());
      boolean allRelaxed = orders[0].endsWith("relaxed") && orders[1].endsWith("relaxed") && orders[2].endsWith("relaxed")
          && orders[3].endsWith("relaxed") && orders[4].isEmpty() && orders[5].isEmpty();
      if (allRelaxed) assertTrue(rc11.ok(), where + "relaxed accesses order nothing: the weak outcome shows\n" + rc11.report());
    }
  }

  private static String fence(String order) {
    return order.isEmpty() ? "" : "  atomic_thread_fence(" + order + ");\n";
  }

  /** SB: each thread stores to its location, maybe fences, then loads the other's; can both read 0? */
  private static String storeBuffering(String name, String[] o) {
    return "C " + name + "\n{ x = 0; y = 0; }\n\n"
        + "P0(atomic_int *x, atomic_int *y) {\n  atomic_store_explicit(x, 1, " + o[0] + ");\n" + fence(o[4])
        + "  int r0 = atomic_load_explicit(y, " + o[2] + ");\n}\n\n"
        + "P1(atomic_int *x, atomic_int *y) {\n  atomic_store_explicit(y, 1, " + o[1] + ");\n" + fence(o[5])
        + "  int r0 = atomic_load_explicit(x, " + o[3] + ");\n}\n\n"
        + "exists (0:r0=0 /\\ 1:r0=0)\n";
  }

  /** MP: data then flag; the reader reads the flag, maybe fences, then the data; flag set but stale data? */
  private static String messagePassing(String name, String[] o) {
    return "C " + name + "\n{ x = 0; y = 0; }\n\n"
        + "P0(atomic_int *x, atomic_int *y) {\n  atomic_store_explicit(x, 1, " + o[0] + ");\n" + fence(o[4])
        + "  atomic_store_explicit(y, 1, " + o[1] + ");\n}\n\n"
        + "P1(atomic_int *x, atomic_int *y) {\n  int r0 = atomic_load_explicit(y, " + o[2] + ");\n" + fence(o[5])
        + "  int r1 = atomic_load_explicit(x, " + o[3] + ");\n}\n\n"
        + "exists (1:r0=1 /\\ 1:r1=0)\n";
  }
}
