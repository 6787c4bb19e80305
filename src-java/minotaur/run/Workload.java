package minotaur.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import minotaur.fault.FaultPlan;
import minotaur.gen.Generator;

/**
 * A test in the manner of a Jepsen test map: what operations (the client factory), how they are
 * mixed (the client generator), which faults (a fault plan, switched by the nemesis generator),
 * how the run ends (the quiescence hook, at-rest observations) and how it is judged (checkers).
 *
 * <p>The client generator emits client ops only; the runner runs it alongside the nemesis
 * generator and ends the run when the client generator is exhausted (with the run's op or time
 * limit applied). Built with {@link #builder}; immutable.
 *
 * <p>Faults are a {@link FaultPlan} (data, printable as EDN, replaced from the command line with
 * {@code --faults plan.edn}); the runner installs it with the run's seed. Every decision it makes
 * derives from (seed, process, point, visit), so a run's faults are the printed plan and nothing
 * else.
 */
public final class Workload {
  private final String name;
  private final String variant;
  private final Client.Factory clients;
  private final Generator generator;
  private final Generator nemesis;
  private final FaultPlan faultPlan;
  private final Map<String, Checker> checkers;
  private final Quiescence quiescence;
  private final Map<String, Supplier<Object>> atRest;

  private Workload(Builder b) {
    this.name = Objects.requireNonNull(b.name, "name");
    this.variant = Objects.requireNonNull(b.variant, "variant");
    this.clients = Objects.requireNonNull(b.clients, "clients");
    this.generator = Objects.requireNonNull(b.generator, "generator");
    this.nemesis = b.nemesis;
    this.faultPlan = b.faultPlan;
    this.checkers = Collections.unmodifiableMap(new LinkedHashMap<>(b.checkers));
    this.quiescence = b.quiescence;
    this.atRest = Collections.unmodifiableMap(new LinkedHashMap<>(b.atRest));
    if (checkers.isEmpty()) throw new IllegalArgumentException("workload " + name + " has no checker");
  }

  /** A builder for the workload {@code name} (its CLI name) in variant {@code variant}. */
  public static Builder builder(String name, String variant) {
    return new Builder(name, variant);
  }

  public String name() { return name; }
  public String variant() { return variant; }
  public Client.Factory clients() { return clients; }
  /** The client ops: may be infinite; the runner applies the run's limits. */
  public Generator generator() { return generator; }
  /**
   * The nemesis ops ({@code :start-faults}, {@code :stop-faults}, {@code :pause}, sleeps), or
   * null: then the faults, if any, are on from the start.
   */
  public Generator nemesis() { return nemesis; }
  /** The fault plan (its seed is replaced by the run's), or null. */
  public FaultPlan faultPlan() { return faultPlan; }
  /** True if the workload injects faults. */
  public boolean hasFaults() { return faultPlan != null; }

  /** This workload with {@code plan} as its faults, replacing its plan. */
  public Workload withFaults(FaultPlan plan) {
    Builder b = builder(name, variant).clients(clients).generator(generator).faults(plan)
        .quiescence(quiescence);
    if (nemesis != null) b.nemesis(nemesis);
    checkers.forEach(b::checker);
    b.atRest.putAll(atRest);
    return b.build();
  }
  public Map<String, Checker> checkers() { return checkers; }
  public Quiescence quiescence() { return quiescence; }
  /** Observations taken at rest after quiescence, by name; checkers read them from {@link RunContext#atRest}. */
  public Map<String, Supplier<Object>> atRest() { return atRest; }

  /** Assembles a workload. */
  public static final class Builder {
    private final String name;
    private final String variant;
    private Client.Factory clients;
    private Generator generator;
    private Generator nemesis;
    private FaultPlan faultPlan;
    private final Map<String, Checker> checkers = new LinkedHashMap<>();
    private Quiescence quiescence = Quiescence.NONE;
    private final Map<String, Supplier<Object>> atRest = new LinkedHashMap<>();

    private Builder(String name, String variant) {
      this.name = name;
      this.variant = variant;
    }

    public Builder clients(Client.Factory f) { this.clients = f; return this; }
    public Builder generator(Generator g) { this.generator = g; return this; }
    public Builder nemesis(Generator g) { this.nemesis = g; return this; }
    /** The fault plan, installed by the runner with the run's seed. */
    public Builder faults(FaultPlan plan) { this.faultPlan = Objects.requireNonNull(plan); return this; }
    public Builder quiescence(Quiescence q) { this.quiescence = Objects.requireNonNull(q); return this; }

    /** Adds a checker; its verdict appears under {@code name} in the run's result. */
    public Builder checker(String name, Checker c) {
      if (checkers.putIfAbsent(name, Objects.requireNonNull(c)) != null) {
        throw new IllegalArgumentException("two checkers named " + name);
      }
      return this;
    }

    /**
     * Adds a checker that judges the at-rest observations (or which ops were still blocked at
     * rest): when the runner gave up on an op whose thread could still act, the state was not at
     * rest and the checker's verdict is unknown, saying why.
     */
    public Builder atRestChecker(String name, Checker c) {
      return checker(name, Checkers.atRest(name, c));
    }

    /** Records {@code observe}'s value at rest under {@code name}. */
    public Builder atRest(String name, Supplier<Object> observe) {
      if (atRest.putIfAbsent(name, Objects.requireNonNull(observe)) != null) {
        throw new IllegalArgumentException("two at-rest observations named " + name);
      }
      return this;
    }

    /**
     * An at-rest invariant: observes {@code observe} at rest under {@code name} and adds a checker
     * of the same name that holds iff {@code holds} accepts the observation.
     */
    public Builder invariant(String name, Supplier<Object> observe, Predicate<Object> holds) {
      atRest(name, observe);
      return checker(name, Checkers.invariant(name, holds));
    }

    public Workload build() { return new Workload(this); }
  }
}
