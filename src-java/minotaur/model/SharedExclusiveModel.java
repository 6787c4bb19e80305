package minotaur.model;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.Sequential;
import java.util.List;
import minotaur.history.Op;

/**
 * Reader–writer exclusion as a sequential specification (QEMU exclusive sections, PROPERTIES
 * E1): an {@code :exclusive} section is a writer that bumps a version, a running {@code :exec}
 * section is a reader that must see one version throughout. State: the number of exclusive
 * sections so far.
 *
 * <ul>
 *   <li>{@code {:f :exclusive :value {:version v}}}: the section read the exclusive counter as
 *       {@code v} before incrementing it; consistent iff {@code v} is the state; next state v+1.
 *   <li>{@code {:f :exec :value [v0 v1]}}: the vCPU read the counter as {@code v0} when its
 *       section began and {@code v1} when it ended; consistent iff both equal the state. An
 *       exclusive section that ran while the vCPU ran makes {@code v0 != v1}: no single point
 *       can take the exec.
 * </ul>
 *
 * A {@code nil} value (an indeterminate op, whose completion was never seen) observes nothing.
 */
public final class SharedExclusiveModel implements Model {
  private static final Keyword VERSION = Keyword.intern("version");

  private final long version;

  public SharedExclusiveModel(long version) {
    this.version = version;
  }

  /** The model's initial state, from {@code Models.named("shared-exclusive", init)}. */
  static SharedExclusiveModel of(Object init) {
    return new SharedExclusiveModel(init == null ? 0 : ((Number) init).longValue());
  }

  @Override
  public Model step(Op op) {
    switch (Values.f(op, "shared-exclusive")) {
      case "exclusive": {
        if (op.value() == null) return new SharedExclusiveModel(version + 1); // indeterminate
        if (!(op.value() instanceof IPersistentMap m) || !(m.valAt(VERSION) instanceof Number v)) {
          throw Values.unknown("shared-exclusive", op, ":exclusive with {:version n}");
        }
        if (v.longValue() != version) {
          return new Inconsistent("exclusive section saw version " + v + ", expected " + version);
        }
        return new SharedExclusiveModel(version + 1);
      }
      case "exec": {
        if (op.value() == null) return this; // indeterminate: nothing observed
        if (!(op.value() instanceof Sequential) || ((List<?>) op.value()).size() != 2) {
          throw Values.unknown("shared-exclusive", op, ":exec with [v0 v1]");
        }
        List<?> vs = (List<?>) op.value();
        long v0 = ((Number) vs.get(0)).longValue();
        long v1 = ((Number) vs.get(1)).longValue();
        if (v0 != version || v1 != version) {
          return new Inconsistent("running section saw versions " + v0 + ".." + v1 + " at version " + version);
        }
        return this;
      }
      default:
        throw Values.unknown("shared-exclusive", op, ":exec or :exclusive");
    }
  }

  @Override
  public Object toEdn() {
    return Values.tagged("shared-exclusive", "version", version);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SharedExclusiveModel m && m.version == version;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(version);
  }

  @Override
  public String toString() {
    return "version " + version;
  }
}
