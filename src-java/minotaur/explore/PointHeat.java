package minotaur.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minotaur.explore.memory.Footprint;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.strategy.PctStrategy;

/**
 * Where a delay widens a race window: which named fault points are followed, in the same thread,
 * by steps that conflict with another thread's steps. A point's <em>window</em> is its thread's
 * steps after it up to that thread's next named point (or its end); a step in it is
 * <em>conflicting</em> when its {@link Footprint} conflicts with that of some step of another
 * thread in the same run (one writes what the other reads or writes). A point's heat is the number
 * of conflicting steps in its windows, summed over its visits: a stress run that delays a thread
 * there lets the other threads' conflicting steps land inside that thread's window.
 *
 * <p>Measured on a few PCT schedules (depth {@value #DEPTH}, seeds fixed, so the same scenarios give
 * the same heat) under SC of each scenario: a cheap sample, not a proof, since a point only enters
 * the ranking by being visited. The footprints are the explorer's own, the same over-approximation
 * sleep-set reduction uses, so a point is hot only if it precedes a step sleep sets would not
 * commute.
 */
public final class PointHeat {
  /** Runs per scenario by default: enough to visit every point of the repository's scenarios. */
  public static final int DEFAULT_RUNS = 30;
  private static final int DEPTH = 3;

  /**
   * One named point: {@code visits} over all sampled runs, {@code conflicts} the conflicting steps
   * in its windows.
   */
  public record Point(String name, long visits, long conflicts) {
    /** Whether a delay here can widen a race window: some conflicting step followed it. */
    public boolean hot() {
      return conflicts > 0;
    }
  }

  private final Map<String, long[]> counts = new HashMap<>();
  private long runs;
  private Duration elapsed = Duration.ZERO;

  private PointHeat() {}

  /** The heat of every point {@code scenarios} visit in {@code runs} PCT runs each from {@code seed}. */
  public static PointHeat measure(List<Scenario> scenarios, int runs, long seed) {
    if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, got " + runs);
    long start = System.nanoTime();
    PointHeat heat = new PointHeat();
    try (Workers workers = new Workers()) {
      for (Scenario s : scenarios) {
        PctStrategy pct = new PctStrategy(seed, runs, DEPTH);
        do {
          Run run = new Run(s, MemoryModel.SC, false, workers, false);
          Sample sample = new Sample(run.threads());
          run.observe(sample);
          run.drive(pct, ExploreOptions.DEFAULT_MAX_STEPS);
          sample.addTo(heat.counts);
          heat.runs++;
          if (!pct.next(run.steps())) break;
        } while (true);
      }
    }
    heat.elapsed = Duration.ofNanos(System.nanoTime() - start);
    return heat;
  }

  /** Every visited point, the hottest first (ties by fewer visits, then by name). */
  public List<Point> ranked() {
    List<Point> points = new ArrayList<>();
    counts.forEach((name, c) -> points.add(new Point(name, c[0], c[1])));
    points.sort(Comparator.comparingLong(Point::conflicts).reversed()
        .thenComparingLong(Point::visits).thenComparing(Point::name));
    return points;
  }

  /** The hot points, hottest first. */
  public List<Point> hot() {
    return ranked().stream().filter(Point::hot).toList();
  }

  /** The runs sampled, over all scenarios. */
  public long runs() {
    return runs;
  }

  public Duration elapsed() {
    return elapsed;
  }

  /** One run's windows: per step its thread, footprint and the point that opened its window. */
  private static final class Sample implements StepObserver {
    private final String[] open;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Long> visits = new HashMap<>();

    private record Step(int thread, Footprint footprint, String point) {}

    Sample(int threads) {
      open = new String[threads];
    }

    @Override public void point(int t, String name) {
      open[t] = name;
      visits.merge(name, 1L, Long::sum);
    }

    @Override public void step(int t, Footprint footprint) {
      steps.add(new Step(t, footprint, open[t]));
    }

    void addTo(Map<String, long[]> counts) {
      visits.forEach((name, n) -> counts.computeIfAbsent(name, k -> new long[2])[0] += n);
      for (Step s : steps) {
        if (s.point() != null && conflictsWithOther(s)) counts.get(s.point())[1]++;
      }
    }

    private boolean conflictsWithOther(Step s) {
      for (Step o : steps) {
        if (o.thread() != s.thread() && s.footprint().conflicts(o.footprint())) return true;
      }
      return false;
    }
  }
}
