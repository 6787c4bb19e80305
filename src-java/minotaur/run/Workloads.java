package minotaur.run;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import minotaur.prim.Variants;

/**
 * The registry of workloads by CLI name ({@code minotaur run <name>}). Each family adds one line
 * to the static block below: its name, its variant enum (for {@code minotaur run --list}; names
 * parse case-insensitively with {@code minotaur.prim.Variants}) and its factory.
 */
public final class Workloads {
  /** Builds a workload for one run. */
  @FunctionalInterface
  public interface Factory {
    /** @throws IllegalArgumentException for a bad variant or option, with a one-line message */
    Workload create(WorkloadOptions options);
  }

  private static final Map<String, Factory> FACTORIES = new TreeMap<>();
  private static final Map<String, Class<? extends Enum<?>>> VARIANTS = new TreeMap<>();

  static {
    // One line per workload; keep sorted by name.
    register("cas-register", minotaur.prim.casregister.CasRegister.Variant.class,
        minotaur.prim.casregister.CasRegisterWorkload::create);
    register(minotaur.prim.aio.AioNotifyWorkload.NAME, minotaur.prim.aio.AioVariant.class,
        minotaur.prim.aio.AioNotifyWorkload::create);
    register(minotaur.prim.exclusive.ExclusiveWorkload.NAME, minotaur.prim.exclusive.CpuListVariant.class,
        minotaur.prim.exclusive.ExclusiveWorkload::create);
    register(minotaur.prim.qemuevent.QemuEventWorkload.NAME, minotaur.prim.qemuevent.QemuEventVariant.class,
        minotaur.prim.qemuevent.QemuEventWorkload::create);
    register(minotaur.prim.rcu.RcuWorkload.NAME, minotaur.prim.rcu.RcuVariant.class,
        minotaur.prim.rcu.RcuWorkload::create);
    register(minotaur.prim.timerlist.TimerListWorkload.NAME, minotaur.prim.timerlist.TimerVariant.class,
        minotaur.prim.timerlist.TimerListWorkload::create);
    register(minotaur.prim.xen.XenWorkload.NAME, minotaur.prim.xen.XenVariant.class,
        minotaur.prim.xen.XenWorkload::create);
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

  /** The CLI names of {@code name}'s variants, or an empty list if it registered none. */
  public static List<String> variants(String name) {
    Class<? extends Enum<?>> type = VARIANTS.get(name);
    if (type == null) return List.of();
    return Arrays.stream(type.getEnumConstants()).map(Variants::cliName).toList();
  }

  /** The variant enum of {@code name}, or null. */
  public static Class<? extends Enum<?>> variantType(String name) {
    return VARIANTS.get(name);
  }

  private static void register(String name, Class<? extends Enum<?>> variants, Factory f) {
    register(name, f);
    VARIANTS.put(name, variants);
  }

  private static void register(String name, Factory f) {
    if (FACTORIES.putIfAbsent(name, f) != null) throw new IllegalStateException("two workloads named " + name);
  }
}
