package minotaur.bench;

import java.util.List;
import minotaur.cli.Scenarios;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;
import minotaur.mem.IntCell;

/**
 * Explorer throughput: schedules per second of exhaustive exploration, for 2 threads x 3
 * operations on shared cells (issue 5: "finishes in seconds"), with and without sleep-set
 * reduction, under SC and TSO, and for the QemuEvent reset race. A bench main rather than JMH:
 * one exploration is the unit of work and its schedule count is the figure of merit.
 *
 * <p>Run: {@code java -cp target/minotaur.jar minotaur.bench.ExploreBench [repetitions]}.
 */
public final class ExploreBench {
  private ExploreBench() {}

  /** Each thread: store its id to x, read y, add to z; the other thread mirrors it on y and x. */
  static Scenario twoByThree() {
    return new Scenario("bench/2x3", "2 threads x 3 ops", w -> {
      IntCell x = w.memory().intCell("x", 0);
      IntCell y = w.memory().intCell("y", 0);
      IntCell z = w.memory().intCell("z", 0);
      int[] r = new int[2];
      w.thread("t0", self -> {
        x.setOpaque(1);
        r[0] = y.getOpaque();
        z.getAndAdd(1);
      });
      w.thread("t1", self -> {
        y.setOpaque(1);
        r[1] = x.getOpaque();
        z.getAndAdd(2);
      });
      w.outcome(() -> r[0] + "," + r[1] + "," + z.getPlain());
    });
  }

  public static void main(String[] args) {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Scenario resetRace = Scenarios.named("qemu-event/seed/reset-race");
    List<Object[]> cases = List.of(
        new Object[] {twoByThree(), MemoryModel.SC, false},
        new Object[] {twoByThree(), MemoryModel.SC, true},
        new Object[] {twoByThree(), MemoryModel.TSO, false},
        new Object[] {twoByThree(), MemoryModel.TSO, true},
        new Object[] {resetRace, MemoryModel.SC, true},
        new Object[] {resetRace, MemoryModel.TSO, true});
    System.out.printf("%-28s %-4s %-9s %10s %10s %12s%n", "scenario", "mm", "reduction", "schedules", "best s", "schedules/s");
    for (Object[] c : cases) {
      Scenario s = (Scenario) c[0];
      ExploreOptions o = ExploreOptions.defaults().withModel((MemoryModel) c[1]).withReduction((Boolean) c[2]);
      ExploreResult best = null;
      for (int i = 0; i < repetitions; i++) {
        ExploreResult r = Explorer.explore(s, o);
        if (best == null || r.elapsed().compareTo(best.elapsed()) < 0) best = r;
      }
      long runs = best.schedules() + best.pruned();
      double seconds = best.elapsed().toNanos() / 1e9;
      System.out.printf("%-28s %-4s %-9s %10d %10.3f %12.0f%n", s.name(), c[1], (Boolean) c[2] ? "sleep" : "none",
          runs, seconds, runs / seconds);
    }
  }
}
