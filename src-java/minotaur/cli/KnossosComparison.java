package minotaur.cli;

import clojure.java.api.Clojure;
import clojure.lang.IFn;
import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentHashMap;
import clojure.lang.PersistentVector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import minotaur.history.BadInput;
import minotaur.history.Edn;
import minotaur.history.Op;

/**
 * {@code check --knossos}: minotaur's verdict beside Knossos's wgl and linear ones, through
 * {@code minotaur.knossos/compare}. Knossos (0.3.15, on Clojars) is not a dependency of the jar:
 * whether it is on the classpath is found out at run time, and without it the command is bad
 * usage, one line saying how to add it. An exception inside Knossos is shown as that analyzer's
 * verdict ({@code error}), not as a failure of the command.
 */
final class KnossosComparison {
  private static final Keyword VALID = Keyword.intern("valid?");
  private static final Keyword ERROR = Keyword.intern("error");
  private static final Keyword TIMES = Keyword.intern("times");
  private static final Keyword AGREE = Keyword.intern("agree?");
  /** The analyzers in the order their columns print. */
  private static final List<String> COLUMNS = List.of("minotaur", "wgl", "linear");

  private final IFn compare;

  private KnossosComparison(IFn compare) {
    this.compare = compare;
  }

  /** The comparison, or a {@link BadInput} when Knossos cannot be loaded. */
  static KnossosComparison load() {
    IFn require = Clojure.var("clojure.core", "require");
    require.invoke(Clojure.read("minotaur.knossos"));
    if (!Boolean.TRUE.equals(Clojure.var("minotaur.knossos", "available?").invoke())) {
      throw new BadInput(String.valueOf(((clojure.lang.IDeref) Clojure.var("minotaur.knossos", "not-on-classpath")).deref()));
    }
    return new KnossosComparison(Clojure.var("minotaur.knossos", "compare"));
  }

  /** The compare result map of {@code ops} on {@code model} from {@code init}. */
  IPersistentMap compare(String model, Object init, List<Op> ops, Duration timeLimit) {
    PersistentVector history = PersistentVector.create(ops.stream().map(Op::toMap).toList());
    IPersistentMap opts = timeLimit == null ? PersistentHashMap.EMPTY
        : PersistentHashMap.EMPTY.assoc(Keyword.intern("time-limit"), timeLimit.toMillis());
    return (IPersistentMap) compare.invoke(Keyword.intern(model), init, history, opts);
  }

  /** One line: each analyzer's verdict and time, then whether those that answered agree. */
  static String line(String file, IPersistentMap r) {
    StringBuilder sb = new StringBuilder(file);
    Map<?, ?> times = (Map<?, ?>) r.valAt(TIMES);
    for (String name : COLUMNS) {
      Map<?, ?> result = (Map<?, ?>) r.valAt(Keyword.intern(name));
      if (result == null) continue;
      Object ms = times.get(Keyword.intern(name));
      sb.append('\t').append(name.equals("minotaur") ? "minotaur " : "knossos-" + name + " ")
          .append(verdict(result)).append(String.format(" %.1f ms", ((Number) ms).doubleValue()));
    }
    sb.append('\t').append(Boolean.TRUE.equals(r.valAt(AGREE)) ? "agree" : "DISAGREE");
    return sb.toString();
  }

  /** minotaur's own verdict in a compare result: true, false, :unknown or :error. */
  static Object minotaurValid(IPersistentMap r) {
    return ((Map<?, ?>) r.valAt(Keyword.intern("minotaur"))).get(VALID);
  }

  private static String verdict(Map<?, ?> result) {
    Object v = result.get(VALID);
    if (Boolean.TRUE.equals(v)) return "valid";
    if (Boolean.FALSE.equals(v)) return "INVALID";
    if (ERROR.equals(v)) return "error (" + result.get(ERROR) + ")";
    return "unknown" + (result.get(Keyword.intern("cause")) == null ? "" : " " + Edn.print(result.get(Keyword.intern("cause"))));
  }
}
