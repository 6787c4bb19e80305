package minotaur.test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import minotaur.explore.PointHeat;
import minotaur.family.Family;
import minotaur.family.Variant;
import minotaur.fault.FaultPlan;
import minotaur.fault.FaultRule;
import minotaur.fault.PointPattern;

/**
 * A workload's fault plan aimed at the hot points of its variant's scenarios ({@link PointHeat}).
 * The points a delay rule ({@code :spin :park :yield :pause}) matches fall in three kinds: hot
 * (sampled, and followed by a conflicting step), cold (sampled, followed by none) and unknown
 * (never visited by a scenario: a workload's client code). The aimed plan moves the rule's delays
 * from the cold points to the hot ones, one rule per hot point, hottest first, each with a
 * probability in proportion to its conflicting steps per visit, scaled so that as many sampled
 * visits are delayed as before: point i gets {@code p * V * (c_i / v_i) / C} (capped at 1), where
 * {@code v_i} and {@code c_i} are its visits and conflicting steps and {@code V} and {@code C} the
 * sums over the points the rule matched; the unknown points keep the rule as it was (its patterns
 * {@code :except} the sampled points). A rule that matches no hot point stays as it was; asked
 * actions ({@code :spurious-wakeup}, {@code :interrupt}) are answers to a port's question, not
 * delays, and stay too.
 *
 * @param plan the aimed plan (printable and re-readable EDN, like any plan)
 * @param points the hot points it delays at more often, hottest first
 */
public record AimedPlan(FaultPlan plan, List<String> points) {
  public AimedPlan {
    points = List.copyOf(points);
  }

  /**
   * {@code uniform} aimed at the hot points of {@code variant}'s scenarios, or null when it has no
   * delay rule matching a hot point (no scenario, no hot point, no plan): then the uniform plan stays.
   */
  public static AimedPlan derive(Family family, Variant variant, FaultPlan uniform) {
    if (uniform == null || family.scenarios(variant).isEmpty()) return null;
    return of(uniform, PointHeat.measure(family.scenarios(variant), PointHeat.DEFAULT_RUNS, 1));
  }

  /** {@code uniform} aimed at {@code heat}'s hot points, or null when no delay rule matches one. */
  public static AimedPlan of(FaultPlan uniform, PointHeat heat) {
    List<PointHeat.Point> ranked = heat.ranked();
    FaultPlan.Builder b = FaultPlan.builder().seed(uniform.seed());
    Set<String> aimed = new LinkedHashSet<>();
    for (FaultRule r : uniform.rules()) {
      List<PointHeat.Point> hot = new ArrayList<>();
      List<PointPattern> sampled = new ArrayList<>(r.except());
      long visits = 0;
      long conflicts = 0;
      for (PointHeat.Point p : ranked) {
        if (!r.matches(p.name())) continue;
        sampled.add(PointPattern.of(p.name()));
        visits += p.visits();
        conflicts += p.conflicts();
        if (p.hot()) hot.add(p);
      }
      if (r.action().isAsked() || hot.isEmpty()) {
        b.rule(r);
        continue;
      }
      for (PointHeat.Point p : hot) {
        double density = (double) p.conflicts() / p.visits();
        // Four decimals: the printed plan stays readable and reads back equal.
        double probability = Math.min(1.0, Math.round(r.probability() * visits * density / conflicts * 1e4) / 1e4);
        b.rule(new FaultRule(List.of(PointPattern.of(p.name())), probability, r.action(), r.duration()));
        aimed.add(p.name());
      }
      if (reachesUnsampled(r, ranked)) b.rule(new FaultRule(r.points(), sampled, r.probability(), r.action(), r.duration()));
    }
    if (aimed.isEmpty()) return null;
    if (uniform.order() != null) b.order(uniform.order());
    return new AimedPlan(b.build(), List.copyOf(aimed));
  }

  /** Whether {@code r} may match a point no sampled schedule visited: a glob, or an exact name never seen. */
  private static boolean reachesUnsampled(FaultRule r, List<PointHeat.Point> ranked) {
    return r.points().stream().anyMatch(p -> !p.exact() || ranked.stream().noneMatch(h -> h.name().equals(p.glob())));
  }

  /** What the coverage line says of it: {@code aimed at 4 hot points}. */
  public String describe() {
    return "aimed at " + points.size() + " hot point" + (points.size() == 1 ? "" : "s");
  }
}
