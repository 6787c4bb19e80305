package minotaur.bench;

import java.util.ArrayList;
import java.util.List;
import minotaur.cli.Scenarios;
import minotaur.explore.Engine;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.litmus.Litmus;
import minotaur.explore.litmus.LitmusBank;
import minotaur.explore.scenario.Scenario;

/**
 * The execution-graph engine's speed: for litmus shapes (2-4 threads) and seed scenarios, the
 * complete executions, duplicates (must be 0), time and executions per second under each model,
 * and, under SC and TSO, the ratio of graphs to the interleaving explorer's schedules on the same
 * scenario. A bench main (one exploration is the unit of work), best of a few repetitions.
 *
 * <p>Run: {@code java -cp target/minotaur.jar minotaur.bench.GraphBench [repetitions] [--seeds]}.
 */
public final class GraphBench {
  private GraphBench() {}

  public static void main(String[] args) {
    int repetitions = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 3;
    boolean seeds = List.of(args).contains("--seeds");
    List<Scenario> scenarios = new ArrayList<>();
    for (String name : List.of("sb", "mp", "wrc", "iriw", "2+2w")) {
      scenarios.add(LitmusBank.all().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow()
          .outcomes(Litmus.Access.OPAQUE));
    }
    scenarios.add(ExploreBench.twoByThree());
    scenarios.add(Scenarios.named("qemu-event/seed/reset-race"));
    if (seeds) {
      scenarios.add(Scenarios.named("aio/before/promela-notify"));
      scenarios.add(Scenarios.named("aio/seed/promela-notify"));
    }
    System.out.printf("%-34s %-5s %10s %5s %10s %10s %12s%n", "scenario", "mm", "graphs", "dups", "best ms",
        "graphs/s", "schedules");
    for (Scenario s : scenarios) {
      for (MemoryModel m : MemoryModel.values()) {
        ExploreOptions o = ExploreOptions.defaults().withModel(m).withEngine(Engine.GRAPH);
        ExploreResult best = best(s, o, repetitions);
        String schedules = "";
        if (!m.graphOnly()) {
          ExploreResult steps = best(s, o.withEngine(Engine.INTERLEAVING), 1);
          schedules = String.format("%d (%.2fx)", steps.schedules(), (double) best.complete() / steps.schedules());
        }
        double ms = best.elapsed().toNanos() / 1e6;
        System.out.printf("%-34s %-5s %10d %5d %10.1f %10.0f %12s%n", s.name(), m.cliName(), best.complete(),
            best.duplicates(), ms, best.complete() / (ms / 1000), schedules);
      }
    }
  }

  private static ExploreResult best(Scenario s, ExploreOptions o, int repetitions) {
    ExploreResult best = null;
    for (int i = 0; i < repetitions; i++) {
      ExploreResult r = Explorer.explore(s, o);
      if (best == null || r.elapsed().compareTo(best.elapsed()) < 0) best = r;
    }
    return best;
  }
}
