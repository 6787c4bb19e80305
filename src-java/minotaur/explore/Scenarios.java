package minotaur.explore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import minotaur.explore.litmus.LitmusBank;
import minotaur.explore.shapes.EventScenarios;

/**
 * The scenarios {@code minotaur explore} knows by name. A primitive family adds one line below: a
 * method returning its scenarios (one per variant and shape, named {@code family/variant...}).
 */
public final class Scenarios {
  private static final List<Supplier<List<Scenario>>> FAMILIES = List.of(
      LitmusBank::scenarios,
      EventScenarios::qemuEvent,
      minotaur.prim.exclusive.ExclusiveScenarios::all,
      minotaur.prim.timerlist.ReclaimScenarios::all,
      minotaur.prim.xen.XenScenarios::all,
      minotaur.explore.shapes.AioScenarios::aioNotify);

  private Scenarios() {}

  /** Every registered scenario, in registration order; names are unique. */
  public static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Supplier<List<Scenario>> family : FAMILIES) {
      for (Scenario s : family.get()) {
        if (!names.add(s.name())) throw new IllegalStateException("two scenarios named " + s.name());
        all.add(s);
      }
    }
    return all;
  }

  /** The scenario called {@code name}; IllegalArgumentException naming the known ones otherwise. */
  public static Scenario named(String name) {
    List<Scenario> all = all();
    for (Scenario s : all) {
      if (s.name().equals(name)) return s;
    }
    throw new IllegalArgumentException("unknown scenario '" + name + "'; known: "
        + all.stream().map(Scenario::name).collect(Collectors.joining(", ")));
  }
}
