package minotaur.model;

import clojure.lang.IPersistentMap;
import clojure.lang.IPersistentSet;
import clojure.lang.PersistentHashSet;
import clojure.lang.PersistentQueue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import minotaur.history.BadInput;
import minotaur.history.Edn;

/**
 * The registry of models by name, as the CLI and workloads name them. Each factory takes the
 * initial value (EDN data, null when none is given) and returns the initial state. Families add
 * their own models here with one line.
 */
public final class Models {
  private static final Map<String, Function<Object, Model>> FACTORIES = new LinkedHashMap<>();

  static {
    FACTORIES.put("noop", init -> NoOp.INSTANCE);
    FACTORIES.put("register", Register::new);
    FACTORIES.put("cas-register", CasRegister::new);
    FACTORIES.put("multi-register", init -> new MultiRegister((IPersistentMap) map(init)));
    FACTORIES.put("mutex", init -> Boolean.TRUE.equals(init) ? Mutex.LOCKED : Mutex.FREE);
    FACTORIES.put("set", init -> new SetModel(set(init)));
    FACTORIES.put("unordered-queue", init -> {
      Model q = UnorderedQueue.empty();
      for (Object v : collection(init)) q = q.step(minotaur.history.Op.invoke(0, "enqueue", v));
      return q;
    });
    FACTORIES.put("fifo-queue", init -> {
      PersistentQueue q = PersistentQueue.EMPTY;
      for (Object v : collection(init)) q = q.cons(v);
      return new FifoQueue(q);
    });
    FACTORIES.put("kv", init -> new Kv((IPersistentMap) map(init)));
    FACTORIES.put("event", EventModel::of);
    FACTORIES.put("timer-list", init -> TimerListModel.empty());
    FACTORIES.put("shared-exclusive", SharedExclusiveModel::of);
  }

  private Models() {}

  /**
   * The initial state of the model called {@code name} (case-insensitive) with {@code initial}.
   *
   * @throws BadInput for an unknown name (listing the known ones) or an initial value of the
   *     wrong shape
   */
  public static Model named(String name, Object initial) {
    Function<Object, Model> factory = FACTORIES.get(name.toLowerCase().replace('_', '-'));
    if (factory == null) {
      throw new BadInput(
          "unknown model '" + name + "' (known: " + String.join(", ", names()) + ")");
    }
    try {
      return factory.apply(Edn.normalize(initial));
    } catch (ClassCastException e) {
      throw new BadInput(
          "bad initial value " + Edn.print(initial) + " for model " + name);
    }
  }

  /** The known model names, in registration order. */
  public static Set<String> names() {
    return Collections.unmodifiableSet(FACTORIES.keySet());
  }

  private static Object map(Object init) {
    if (init == null) return null;
    if (!(init instanceof IPersistentMap)) throw new ClassCastException();
    return init;
  }

  private static IPersistentSet set(Object init) {
    if (init == null) return PersistentHashSet.EMPTY;
    return PersistentHashSet.create(clojure.lang.RT.seq(collection(init)));
  }

  private static Collection<?> collection(Object init) {
    if (init == null) return java.util.List.of();
    if (!(init instanceof Collection<?> c)) throw new ClassCastException();
    return c;
  }
}
