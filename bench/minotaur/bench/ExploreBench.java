package minotaur.bench;

import java.util.List;
import minotaur.cli.GraphBench;
import minotaur.cli.Scenarios;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Scenario;

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

  public static void main(String[] args) {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Scenario resetRace = Scenarios.named("qemu-event/seed/reset-race");
    List<Object[]> cases = List.of(
        new Object[] {GraphBench.twoByThree(), MemoryModel.SC, false},
        new Object[] {GraphBench.twoByThree(), MemoryModel.SC, true},
        new Object[] {GraphBench.twoByThree(), MemoryModel.TSO, false},
        new Object[] {GraphBench.twoByThree(), MemoryModel.TSO, true},
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
