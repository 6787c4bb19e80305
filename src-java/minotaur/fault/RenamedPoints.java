package minotaur.fault;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Fault point prefixes renamed so that every point starts with its family's name (issue 13):
 * {@code casreg.} is now {@code cas-register.}, {@code rcutorture.} {@code rcu.torture-} and
 * {@code timer.} {@code timer-list.}. For one release a plan that names an old prefix is read with
 * the new one, and one deprecation line per plan lists the prefixes it still uses.
 */
final class RenamedPoints {
  private static final Map<String, String> OLD_TO_NEW = Map.of(
      "casreg.", "cas-register.",
      "rcutorture.", "rcu.torture-",
      "timer.", "timer-list.");

  private final Map<String, String> used = new TreeMap<>();

  /** {@code point} (a name or glob) with an old prefix replaced by the new one. */
  String rename(String point) {
    for (Map.Entry<String, String> e : OLD_TO_NEW.entrySet()) {
      if (point.startsWith(e.getKey())) {
        used.put(e.getKey(), e.getValue());
        return e.getValue() + point.substring(e.getKey().length());
      }
    }
    return point;
  }

  /** Tells {@code warn} in one line which old prefixes {@code source} used, if any. */
  void warnIfUsed(String source, Consumer<String> warn) {
    if (used.isEmpty()) return;
    StringBuilder s = new StringBuilder("minotaur: ").append(source).append(": fault point prefix");
    used.forEach((old, now) -> s.append(" '").append(old).append("' is deprecated, use '").append(now).append("';"));
    s.setLength(s.length() - 1);
    warn.accept(s.append(" (the old prefixes go in the next release)").toString());
  }
}
