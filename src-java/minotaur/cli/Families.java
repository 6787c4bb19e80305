package minotaur.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import minotaur.family.Family;
import minotaur.history.BadInput;
import minotaur.prim.aio.AioFamily;
import minotaur.prim.cas_register.CasRegisterFamily;
import minotaur.prim.exclusive.ExclusiveFamily;
import minotaur.prim.qemu_event.QemuEventFamily;
import minotaur.prim.rcu.RcuFamily;
import minotaur.prim.timer_list.TimerListFamily;
import minotaur.prim.xen.XenFamily;

/**
 * The family registry: the one place that names every family, so that no engine does. A new
 * family adds one line to {@link #ALL}. Old names of a family (its {@link Family#aliases()}) still
 * resolve for one release, with a deprecation line on standard error.
 */
public final class Families {
  /** Every family, sorted by name. */
  private static final List<Family> ALL = List.of(
      new AioFamily(),
      new CasRegisterFamily(),
      new ExclusiveFamily(),
      new QemuEventFamily(),
      new RcuFamily(),
      new TimerListFamily(),
      new XenFamily());

  private static final Map<String, Family> BY_NAME = new TreeMap<>();
  private static final Map<String, Family> BY_ALIAS = new TreeMap<>();

  static {
    for (Family f : ALL) {
      if (BY_NAME.putIfAbsent(f.name(), f) != null) throw new IllegalStateException("two families named " + f.name());
      for (String alias : f.aliases()) {
        if (BY_ALIAS.putIfAbsent(alias, f) != null) throw new IllegalStateException("two families aliased " + alias);
      }
    }
  }

  private Families() {}

  /** Every family, sorted by name. */
  public static List<Family> all() {
    return ALL;
  }

  /** The family names, sorted. */
  public static List<String> names() {
    return new ArrayList<>(BY_NAME.keySet());
  }

  /**
   * The family called {@code name}, or by one of its old names (with a deprecation line on
   * standard error); {@link BadInput} with the closest names otherwise.
   */
  public static Family named(String name) {
    Family f = BY_NAME.get(name);
    if (f != null) return f;
    f = BY_ALIAS.get(name);
    if (f != null) {
      deprecated(name, f.name());
      return f;
    }
    throw BadInput.unknownName("workload", name, BY_NAME.keySet(), "run --list");
  }

  /** Prints that {@code old} is deprecated in favour of {@code now}. */
  static void deprecated(String old, String now) {
    PrintStream err = System.err;
    err.println("minotaur: '" + old + "' is deprecated, use '" + now + "' (the old name goes in the next release)");
  }
}
