package minotaur.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming at scale: writes a history of a million ops, loads it, and prints the time and the
 * heap retained per op. Asserts only what must hold on any machine: the load is complete, paired,
 * and retains memory proportional to the ops (far less than the text would take), and the
 * cost per op of a million-op file is within a small factor of a 100,000-op file's (nothing is
 * quadratic). Speed targets are for reading the printed numbers, not for failing builds.
 */
class HistoryScaleTest {
  /** A register workload of {@code n} ops over 10 processes, with :time, like a real run. */
  static void writeRegisterHistory(Path file, int n, long seed) {
    Random r = new Random(seed);
    try (HistoryWriter w = HistoryWriter.open(file, HistoryWriter.Layout.LINES)) {
      boolean[] busy = new boolean[10];
      Op[] pending = new Op[10];
      long time = 0;
      for (int i = 0; i < n; i++) {
        int p = r.nextInt(10);
        time += 1 + r.nextInt(5_000);
        if (!busy[p]) {
          boolean read = r.nextBoolean();
          pending[p] = Op.invoke(p, read ? "read" : "write", read ? null : (long) r.nextInt(5));
          w.write(pending[p].withTime(time).withIndex(i));
        } else {
          Op inv = pending[p];
          Object value = inv.value() == null ? (Object) (long) r.nextInt(5) : inv.value();
          Op.Type t = r.nextInt(50) == 0 ? Op.Type.INFO : Op.Type.OK;
          w.write(new Op(p, t, inv.f(), value, time, i, null));
        }
        busy[p] = !busy[p];
      }
    }
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Loads the file and returns {nanoseconds, retained bytes per op}. */
  private static long[] load(Path file, int n) {
    long before = usedHeap();
    long t0 = System.nanoTime();
    History h = History.load(file);
    long t = System.nanoTime() - t0;
    long retained = usedHeap() - before;
    assertEquals(n, h.size());
    assertEquals(n - 1, h.get(n - 1).index());
    assertTrue(h.partner(0) > 0);
    return new long[] {t, retained / n};
  }

  private static void measure(Path dir, int small, int large) throws IOException {
    Path smallFile = dir.resolve("small.edn");
    Path largeFile = dir.resolve("large.edn");
    long t0 = System.nanoTime();
    writeRegisterHistory(smallFile, small, 1);
    writeRegisterHistory(largeFile, large, 2);
    long written = System.nanoTime() - t0;
    load(smallFile, small);  // warm-up
    long[] s = load(smallFile, small);
    long[] l = load(largeFile, large);
    long textPerOp = Files.size(largeFile) / large;
    System.out.printf("history scale: wrote %,d + %,d ops in %d ms; load %,d ops: %d ms (%d ns/op, %d B/op retained);"
        + " load %,d ops: %d ms (%d ns/op, %d B/op retained); text %d B/op%n",
        small, large, written / 1_000_000, small, s[0] / 1_000_000, s[0] / small, s[1],
        large, l[0] / 1_000_000, l[0] / large, l[1], textPerOp);
    assertTrue(l[1] < 2 * textPerOp, "retained " + l[1] + " B/op, more than the text's chars take");
    assertTrue(l[1] < 2 * Math.max(s[1], 64), "memory per op grows with size: " + s[1] + " -> " + l[1]);
  }

  @Test
  void aHundredThousandOps(@TempDir Path dir) throws IOException {
    measure(dir, 10_000, 100_000);
  }

  @Test
  @Tag("slow")
  void aMillionOps(@TempDir Path dir) throws IOException {
    measure(dir, 100_000, 1_000_000);
  }
}
