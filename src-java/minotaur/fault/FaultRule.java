package minotaur.fault;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.PersistentVector;
import java.util.List;

/**
 * One line of a fault plan: at the points matching {@code points} but none of {@code except}, with
 * {@code probability} per visit, do {@code action}, lasting a duration drawn from {@code duration}
 * (null for actions without one).
 */
public record FaultRule(List<PointPattern> points, List<PointPattern> except, double probability, FaultAction action,
    DelayDistribution duration) {
  public FaultRule {
    points = List.copyOf(points);
    except = List.copyOf(except);
    if (points.isEmpty()) throw new IllegalArgumentException("a fault rule needs at least one point");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(":probability must be in [0, 1], not " + probability);
    }
    if (action.hasDuration() != (duration != null)) {
      throw new IllegalArgumentException(action.keyword()
          + (action.hasDuration() ? " needs a :duration" : " takes no :duration"));
    }
  }

  /** A rule without exceptions. */
  public FaultRule(List<PointPattern> points, double probability, FaultAction action, DelayDistribution duration) {
    this(points, List.of(), probability, action, duration);
  }

  public boolean matches(String point) {
    return any(points, point) && !any(except, point);
  }

  private static boolean any(List<PointPattern> patterns, String point) {
    for (PointPattern p : patterns) {
      if (p.matches(point)) return true;
    }
    return false;
  }

  /** The rule as a plan file writes it. */
  public IPersistentMap toEdn() {
    Object[] globs = points.stream().map(PointPattern::glob).toArray();
    IPersistentMap m = PersistentArrayMap.EMPTY.assoc(Keyword.intern("points"), PersistentVector.create(globs));
    if (!except.isEmpty()) {
      m = m.assoc(Keyword.intern("except"), PersistentVector.create(except.stream().map(PointPattern::glob).toArray()));
    }
    m = m.assoc(Keyword.intern("probability"), probability)
        .assoc(Keyword.intern("action"), action.keyword());
    return duration == null ? m : m.assoc(Keyword.intern("duration"), duration.toEdn());
  }
}
