package minotaur.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import minotaur.explore.litmus.LitmusBank;
import minotaur.explore.scenario.Scenario;
import minotaur.family.Family;
import minotaur.history.BadInput;

/**
 * The scenarios {@code minotaur explore} knows by name: the explorer's own litmus tests, then each
 * family's, in registry order. Old names resolve for one release with a deprecation line: {@code
 * qemu-event-futex/<variant>/<shape>} is now {@code qemu-event/<variant>/futex-<shape>}.
 */
public final class Scenarios {
  private static final String OLD_FUTEX = "qemu-event-futex/";

  private Scenarios() {}

  /** Every scenario; names are unique. */
  public static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>(LitmusBank.scenarios());
    for (Family f : Families.all()) all.addAll(f.scenarios());
    Set<String> names = new HashSet<>();
    for (Scenario s : all) {
      if (!names.add(s.name())) throw new IllegalStateException("two scenarios named " + s.name());
    }
    return all;
  }

  /** The scenario called {@code name} (or its old name); {@link BadInput} with the closest names otherwise. */
  public static Scenario named(String name) {
    String current = current(name);
    List<Scenario> all = all();
    for (Scenario s : all) {
      if (s.name().equals(current)) {
        if (!current.equals(name)) Families.deprecated(name, current);
        return s;
      }
    }
    throw BadInput.unknownName("scenario", name, all.stream().map(Scenario::name).toList(), "explore --list");
  }

  /** The current name of a scenario named {@code name} in an earlier release. */
  private static String current(String name) {
    if (!name.startsWith(OLD_FUTEX)) return name;
    String[] parts = name.substring(OLD_FUTEX.length()).split("/", 2);
    return parts.length < 2 ? name : "qemu-event/" + parts[0] + "/futex-" + parts[1];
  }
}
