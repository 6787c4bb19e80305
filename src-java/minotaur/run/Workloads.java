package minotaur.run;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry of workloads by CLI name ({@code minotaur run <name>}). Each family adds one line
 * to the static block below: its name and factory.
 */
public final class Workloads {
  /** Builds a workload for one run. */
  @FunctionalInterface
  public interface Factory {
    /** @throws IllegalArgumentException for a bad variant or option, with a one-line message */
    Workload create(WorkloadOptions options);
  }

  private static final Map<String, Factory> FACTORIES = new TreeMap<>();

  static {
    // One line per workload; keep sorted by name.
    register("cas-register", minotaur.prim.casreg.CasRegisterWorkload::create);
    register(minotaur.prim.aio.AioNotifyWorkload.NAME, minotaur.prim.aio.AioNotifyWorkload::create);
    register(minotaur.prim.event.QemuEventWorkload.NAME, minotaur.prim.event.QemuEventWorkload::create);
    register(minotaur.prim.exclusive.ExclusiveWorkload.NAME, minotaur.prim.exclusive.ExclusiveWorkload::create);
    register(minotaur.prim.rcu.RcuWorkload.NAME, minotaur.prim.rcu.RcuWorkload::create);
    register(minotaur.prim.timer.TimerListWorkload.NAME, minotaur.prim.timer.TimerListWorkload::create);
    register(minotaur.prim.xen.XenWorkload.NAME, minotaur.prim.xen.XenWorkload::create);
  }

  private Workloads() {}

  /** The workload {@code name} built for {@code options}. */
  public static Workload create(String name, WorkloadOptions options) {
    Factory f = FACTORIES.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown workload '" + name + "'; expected one of "
          + String.join(", ", FACTORIES.keySet()));
    }
    return f.create(options);
  }

  /** The registered names, sorted. */
  public static Iterable<String> names() {
    return Collections.unmodifiableSet(FACTORIES.keySet());
  }

  private static void register(String name, Factory f) {
    if (FACTORIES.putIfAbsent(name, f) != null) throw new IllegalStateException("two workloads named " + name);
  }
}
