package minotaur.explore.litmus;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import minotaur.explore.MemoryModel;
import minotaur.explore.scenario.Check;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.scenario.World;
import minotaur.mem.IntCell;

/**
 * One litmus test of LITMUS.md, jcstress-style: the threads (actors), the outcome they produce
 * (thread results and, where the test needs them, final memory values), the target outcome and
 * whether SC and TSO allow it. As a {@link Scenario} it fails when a run reaches the target, so
 * the explorer either shows how the outcome happens or proves, exhaustively, that it cannot.
 *
 * <p>"Stores are plain or opaque unless noted": the {@link Access} chosen for the scenario is used
 * for every access the table does not name.
 */
public record Litmus(String name, String program, String target, boolean allowedUnderSc,
    boolean allowedUnderTso, BiFunction<World, Access, Supplier<String>> body) {

  /** The access mode of the accesses a test does not name. */
  public enum Access {
    PLAIN, OPAQUE;

    void store(IntCell c, int v) {
      if (this == PLAIN) c.setPlain(v); else c.setOpaque(v);
    }

    int load(IntCell c) {
      return this == PLAIN ? c.getPlain() : c.getOpaque();
    }
  }

  public boolean allowedUnder(MemoryModel model) {
    return model == MemoryModel.SC ? allowedUnderSc : allowedUnderTso;
  }

  /** The scenario {@code litmus/<name>} (plain) or {@code litmus/<name>-opaque}: fails when the target is reached. */
  public Scenario scenario(Access access) {
    String scenarioName = scenarioName(access);
    String description = name + ": " + program + " -- " + target + " is "
        + (allowedUnderSc ? "allowed" : "forbidden") + " under SC, "
        + (allowedUnderTso ? "allowed" : "forbidden") + " under TSO";
    return new Scenario(scenarioName, description, world -> {
      Supplier<String> outcome = body.apply(world, access);
      world.outcome(outcome);
      world.atEnd(() -> Check.that(!target.equals(outcome.get()), "outcome " + target + " reached"));
    });
  }

  /** The test without a target: every run passes and reports its outcome (jcstress's arbiter). */
  public Scenario outcomes(Access access) {
    return new Scenario(scenarioName(access) + "-outcomes", name + ": " + program + " -- all outcomes",
        world -> world.outcome(body.apply(world, access)));
  }

  private String scenarioName(Access access) {
    return "litmus/" + name + (access == Access.OPAQUE ? "-opaque" : "");
  }
}
