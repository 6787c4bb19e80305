package minotaur.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import minotaur.explore.Engine;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.MemoryModel;
import minotaur.explore.litmus.Litmus;
import minotaur.explore.litmus.LitmusBank;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.scenario.World;
import minotaur.family.Family;
import minotaur.family.Variant;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.os.Os;

/**
 * {@code minotaur bench explore}: the execution-graph engine's speed, printed as a Markdown table.
 * Per scenario and memory model: the complete consistent graphs, the executions cut short
 * (blocked), the complete graphs reached twice (duplicates, 0 unless the engine is wrong), the
 * best time of a few repetitions and graphs per second; under SC and TSO also the interleaving
 * explorer's schedule count (sleep sets on) and the ratio graphs / schedules.
 *
 * <p>An exploration over {@link #SLOW} is not repeated (its time is far above any noise) and is
 * marked, as the target is an exhaustive RC11 exploration under 10 s for every 2-thread
 * seed scenario; an inconclusive one is not repeated either and says why it stopped. The
 * interleaving explorer's run gets {@link #SCHEDULE_LIMIT} at most, since some seed scenarios have
 * far more schedules than graphs. An exploration that has not returned after {@link #ABANDON} is
 * abandoned on its daemon threads and its row says so: a scenario whose code blocks on a Java
 * monitor held by a thread the explorer has parked never returns, and one row must not stop the
 * table. An exploration that throws (a harness the explorer rejects) is a row with the error.
 */
public final class GraphBench {
  /** The per-scenario target under RC11 for 2-thread seed scenarios. */
  static final Duration SLOW = Duration.ofSeconds(10);

  /** How long the interleaving explorer may count schedules for the ratio column. */
  static final Duration SCHEDULE_LIMIT = Duration.ofSeconds(60);

  /** How long one exploration may run before the bench gives up on it. */
  static final Duration ABANDON = Duration.ofSeconds(120);

  private final List<Scenario> scenarios;
  private final List<MemoryModel> models;
  private final int repetitions;
  private final PrintStream out;
  private final PrintStream log;

  /** @param log one line per row as it is done, so a long run shows it is alive */
  GraphBench(List<Scenario> scenarios, List<MemoryModel> models, int repetitions, PrintStream out, PrintStream log) {
    this.scenarios = List.copyOf(scenarios);
    this.models = List.copyOf(models);
    this.repetitions = repetitions;
    this.out = out;
    this.log = log;
  }

  /** The litmus shapes of 2-4 threads with opaque accesses, then 2 threads x 3 ops. */
  static List<Scenario> litmusShapes() {
    List<Scenario> shapes = new ArrayList<>();
    for (String name : List.of("sb", "mp", "wrc", "iriw", "2+2w")) {
      shapes.add(LitmusBank.all().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow()
          .outcomes(Litmus.Access.OPAQUE));
    }
    shapes.add(twoByThree());
    return shapes;
  }

  /** Every 2-thread scenario of every family's variant named {@code seed}, in registry order. */
  static List<Scenario> seedScenarios() {
    List<Scenario> out = new ArrayList<>();
    for (Family f : Families.all()) {
      for (Variant v : f.variants()) {
        if (!v.name().equals("seed")) continue;
        for (Scenario s : f.scenarios(v)) {
          if (threads(s) == 2) out.add(s);
        }
      }
    }
    return out;
  }

  /** The number of threads {@code s} starts: its setup run on a world that only records them. */
  static int threads(Scenario s) {
    World w = new World(Memory.jvm(), Os.jvm());
    s.setup().build(w);
    return w.threads();
  }

  /** Each thread: store its id to x, read y, add to z; the other thread mirrors it on y and x. */
  public static Scenario twoByThree() {
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

  /** Runs every scenario under every model and prints the table; returns its rows. */
  List<Row> run() {
    List<Row> rows = new ArrayList<>();
    for (Scenario s : scenarios) {
      for (MemoryModel m : models) {
        ExploreOptions o = ExploreOptions.defaults().withModel(m).withEngine(Engine.GRAPH);
        Outcome graphs = best(s, o);
        Outcome schedules = m.graphOnly() || graphs.result() == null ? null
            : explore(s, o.withEngine(Engine.INTERLEAVING).withTimeLimit(SCHEDULE_LIMIT));
        Row row = new Row(s.name(), m, graphs, schedules);
        rows.add(row);
        log.println("minotaur: bench explore: " + row.line());
      }
    }
    out.print(table(rows));
    return rows;
  }

  /** The fastest of {@link #repetitions} explorations, or the first if it was slow or inconclusive. */
  private Outcome best(Scenario s, ExploreOptions o) {
    Outcome best = null;
    for (int i = 0; i < repetitions; i++) {
      Outcome r = explore(s, o);
      if (r.result() == null) return r;
      if (best == null || r.result().elapsed().compareTo(best.result().elapsed()) < 0) best = r;
      if (r.result().verdict() == ExploreResult.Verdict.INCONCLUSIVE || r.result().elapsed().compareTo(SLOW) > 0) break;
    }
    return best;
  }

  /** One exploration on a daemon thread, given up after {@link #ABANDON}. */
  private static Outcome explore(Scenario s, ExploreOptions o) {
    FutureTask<ExploreResult> task = new FutureTask<>(() -> Explorer.explore(s, o));
    Thread t = new Thread(task, "bench-explore " + s.name());
    t.setDaemon(true);
    t.start();
    try {
      return new Outcome(task.get(ABANDON.toSeconds(), TimeUnit.SECONDS), null);
    } catch (TimeoutException e) {
      return new Outcome(null, "no result in " + ABANDON.toSeconds() + " s, abandoned");
    } catch (ExecutionException e) {
      return new Outcome(null, "error: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bench explore interrupted", e);
    }
  }

  /** An exploration's result, or why there is none. */
  record Outcome(ExploreResult result, String failure) {}

  /** The Markdown table of {@code rows}, with a heading line and a summary against the targets. */
  String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("Execution-graph exploration, best of %d (slow or inconclusive ones once); "
        + "schedules: the interleaving explorer with sleep sets, at most %ds (+: it stopped short, at that limit or "
        + "with runs cut at the depth bound); a FAIL row counts the graphs (and schedules) up to the finding, without "
        + "a ratio.%n%n", repetitions,
        SCHEDULE_LIMIT.toSeconds()));
    sb.append("| scenario | model | graphs | blocked | duplicates | best ms | graphs/s | schedules | graphs/schedules"
        + " | note |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
    List<String> slow = new ArrayList<>();
    List<String> inconclusive = new ArrayList<>();
    long duplicates = 0;
    for (Row r : rows) {
      sb.append("| ").append(r.line()).append(" |\n");
      duplicates += r.duplicates();
      if (r.slow()) slow.add(r.scenario() + " " + r.model().cliName());
      if (r.graphs().result() == null || r.graphs().result().verdict() == ExploreResult.Verdict.INCONCLUSIVE) {
        inconclusive.add(r.scenario() + " " + r.model().cliName());
      }
    }
    sb.append(String.format("%n%d rows; duplicates %d; over %ds: %s; inconclusive or no result: %s%n", rows.size(),
        duplicates,
        SLOW.toSeconds(), slow.isEmpty() ? "none" : String.join(", ", slow),
        inconclusive.isEmpty() ? "none" : String.join(", ", inconclusive)));
    return sb.toString();
  }

  /**
   * One scenario under one model: the best graph exploration and, under SC and TSO, the
   * interleaving explorer's.
   */
  record Row(String scenario, MemoryModel model, Outcome graphs, Outcome schedules) {
    long duplicates() {
      return graphs.result() == null ? 0 : graphs.result().duplicates();
    }

    boolean slow() {
      return graphs.result() == null || graphs.result().elapsed().compareTo(SLOW) > 0;
    }

    /** The row's cells, without the outer bars. */
    String line() {
      ExploreResult r = graphs.result();
      if (r == null) return String.join(" | ", scenario, model.cliName(), "", "", "", "", "", "", "", graphs.failure());
      double ms = r.elapsed().toNanos() / 1e6;
      ExploreResult steps = schedules == null ? null : schedules.result();
      String count = steps == null ? (schedules == null ? "" : "-")
          : String.format("%,d", steps.complete()) + (steps.verdict() == ExploreResult.Verdict.INCONCLUSIVE ? "+" : "");
      boolean found = r.verdict() == ExploreResult.Verdict.FAIL
          || (steps != null && steps.verdict() == ExploreResult.Verdict.FAIL);
      String ratio = steps == null || steps.complete() == 0 || found ? ""
          : String.format("%.2f", (double) r.complete() / steps.complete());
      return String.join(" | ", scenario, model.cliName(), String.format("%,d", r.complete()),
          String.format("%,d", r.blocked()), Long.toString(r.duplicates()), String.format("%.1f", ms),
          String.format("%,.0f", r.complete() / (ms / 1000)), count, ratio, note());
    }

    /** Why the exploration is not a pass, and whether it took over {@link #SLOW}. */
    private String note() {
      ExploreResult r = graphs.result();
      List<String> notes = new ArrayList<>();
      switch (r.verdict()) {
        case FAIL -> notes.add("FAIL: " + r.failure().kind().name().toLowerCase().replace('_', ' '));
        case INCONCLUSIVE -> notes.add("inconclusive: " + reason(r));
        case PASS -> { }
      }
      if (slow()) notes.add("over " + SLOW.toSeconds() + " s");
      if (schedules != null && schedules.result() == null) notes.add("schedules: " + schedules.failure());
      return String.join("; ", notes);
    }

    private static String reason(ExploreResult r) {
      String stopped = "stopped after ";
      int at = r.bound().indexOf(stopped);
      if (at >= 0) return r.bound().substring(r.bound().indexOf(": ", at) + 2).replace('|', '/').replace('\n', ' ');
      if (r.cut() > 0) return String.format("%,d runs cut at %,d steps", r.cut(), r.maxSteps());
      return "graph limit reached";
    }
  }
}
