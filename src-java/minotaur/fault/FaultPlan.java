package minotaur.fault;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.PersistentVector;
import clojure.lang.RT;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fault plan as data: a seed and rules saying at which points, how often, what to do. Read from
 * an EDN file ({@link #load}) or built in Java ({@link #builder()}); {@link #install()} makes it
 * the fault point handler. The file format:
 *
 * <pre>{@code
 * {:seed 7                                  ; optional, default 0 (the runner may override it)
 *  :faults [{:points ["xen.unlock.after-store" "aio.*"] ; exact names or globs (* and ?)
 *            :probability 0.2               ; per visit, default 1.0
 *            :action :spin                  ; :spin :park :yield :pause :spurious-wakeup :interrupt
 *            :duration [:uniform "1us" "50us"]} ; :spin :park :pause only: "20us", 2000 (ns),
 *           {:points "os.futex.wait@*" :probability 0.1 :action :spurious-wakeup}
 *           {:points "aio.*" :except ["aio.poll.*"] :action :yield}]} ; :except: not these
 *                                           ; [:fixed d] [:uniform lo hi] [:exponential mean]
 * }</pre>
 *
 * <p>One map of {@code :faults} may instead be an ordering rule ({@link OrderRule}): {@code {:order
 * [[0 "xen.unlock.after-store" 1] [1 "xen.slow.before-poll" 1]] :timeout "50ms"}} makes the
 * threads bound to those processes pass those visits in that order, each waiting at most the
 * timeout for its turn ({@link OrderGate}); {@code minotaur explore --confirm} derives one from a
 * failing schedule.
 *
 * <p>{@code :spurious-wakeup} and {@code :interrupt} are answers to a port's question rather than
 * delays: an OS wait asks whether to wake spuriously, an interrupt window (the Xen spinlock's slow
 * path) whether an interrupt arrives now, and then runs the port's handler.
 *
 * Every matching rule is tried at a point, in order; each fires independently.
 */
public final class FaultPlan {
  private final long seed;
  private final List<FaultRule> rules;
  private final OrderRule order;

  private FaultPlan(long seed, List<FaultRule> rules, OrderRule order) {
    this.seed = seed;
    this.rules = List.copyOf(rules);
    this.order = order;
  }

  /** No faults (installed, it still serves the nemesis' pause requests). */
  public static FaultPlan none() {
    return new FaultPlan(0, List.of(), null);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads a plan file; bad input throws {@code BadInput} naming the file and line. */
  public static FaultPlan load(Path file) {
    return FaultPlanReader.read(file);
  }

  /** Reads a plan from EDN text; {@code source} names it in errors. */
  public static FaultPlan parse(String edn, String source) {
    return FaultPlanReader.read(edn, source);
  }

  public long seed() {
    return seed;
  }

  public List<FaultRule> rules() {
    return rules;
  }

  /** The ordering rule, or null. */
  public OrderRule order() {
    return order;
  }

  public FaultPlan withSeed(long newSeed) {
    return new FaultPlan(newSeed, rules, order);
  }

  /**
   * Installs the plan as the handler of every thread bound to no run ({@link Faults#install});
   * close the injector to remove it. A runner serves its plan through a {@link FaultScope} instead.
   */
  public FaultInjector install() {
    FaultInjector injector = injector();
    Faults.install(injector);
    return injector;
  }

  /**
   * The plan as a handler, not yet installed: for a runner that serves it to its own threads
   * ({@link FaultScope}), e.g. a
   * workload's {@code faults(seed -> plan.withSeed(seed).injector())}.
   */
  public FaultInjector injector() {
    return new FaultInjector(this, FaultInjector.LOG_LIMIT);
  }

  /** The plan in the file format; {@link #parse} reads it back equal. */
  public String toEdn() {
    List<Object> faults = new ArrayList<>(rules.stream().map(FaultRule::toEdn).toList());
    if (order != null) faults.add(order.toEdn());
    IPersistentMap m = PersistentArrayMap.EMPTY
        .assoc(Keyword.intern("seed"), seed)
        .assoc(Keyword.intern("faults"), PersistentVector.create(faults));
    StringWriter w = new StringWriter();
    try {
      RT.print(m, w);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  @Override public boolean equals(Object o) {
    return o instanceof FaultPlan p && p.seed == seed && p.rules.equals(rules) && Objects.equals(p.order, order);
  }

  @Override public int hashCode() {
    return (Long.hashCode(seed) * 31 + rules.hashCode()) * 31 + Objects.hashCode(order);
  }

  @Override public String toString() {
    return toEdn();
  }

  /** Builds a plan in Java; points are exact names or globs. */
  public static final class Builder {
    private long seed;
    private final List<FaultRule> rules = new ArrayList<>();
    private OrderRule order;

    private Builder() {}

    public Builder seed(long s) {
      seed = s;
      return this;
    }

    public Builder rule(FaultRule r) {
      rules.add(r);
      return this;
    }

    /** Sets the plan's ordering rule (a plan has at most one). */
    public Builder order(OrderRule o) {
      if (order != null) throw new IllegalArgumentException("a fault plan has at most one :order rule");
      order = o;
      return this;
    }

    public Builder spin(double probability, DelayDistribution d, String... points) {
      return add(probability, FaultAction.SPIN, d, points);
    }

    public Builder park(double probability, DelayDistribution d, String... points) {
      return add(probability, FaultAction.PARK, d, points);
    }

    public Builder pause(double probability, DelayDistribution d, String... points) {
      return add(probability, FaultAction.PAUSE, d, points);
    }

    public Builder yield(double probability, String... points) {
      return add(probability, FaultAction.YIELD, null, points);
    }

    public Builder spuriousWakeup(double probability, String... points) {
      return add(probability, FaultAction.SPURIOUS_WAKEUP, null, points);
    }

    public Builder interrupt(double probability, String... points) {
      return add(probability, FaultAction.INTERRUPT, null, points);
    }

    private Builder add(double probability, FaultAction a, DelayDistribution d, String... points) {
      return rule(new FaultRule(Arrays.stream(points).map(PointPattern::of).toList(), probability, a, d));
    }

    public FaultPlan build() {
      return new FaultPlan(seed, rules, order);
    }
  }
}
