package minotaur.run;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import minotaur.history.BadInput;

/**
 * One {@code -D key=value} option a workload knows: its key, its default as it would be typed, one
 * line saying what it does, and, for a duration that once took a bare number, its old key and
 * that key's unit ({@code delay-us}, micros), still read for one release with a deprecation line.
 *
 * <p>A workload declares its options as a list and reads each through {@link WorkloadOptions}
 * with the declaration, so the default lives in one place and the keys {@link #requireKnown}
 * accepts, the keys it reads and the keys {@code run X --list-options} shows cannot drift apart.
 *
 * @param oldKey the deprecated spelling, or null
 * @param oldUnit the unit of a bare number under {@code oldKey}, or null
 */
public record WorkloadOption(String key, String dflt, String description, String oldKey, ChronoUnit oldUnit) {
  public WorkloadOption {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(dflt, "dflt");
    Objects.requireNonNull(description, "description");
    if ((oldKey == null) != (oldUnit == null)) throw new IllegalArgumentException("an old key needs its unit: " + key);
  }

  /** An option without an old spelling. */
  public static WorkloadOption of(String key, String dflt, String description) {
    return new WorkloadOption(key, dflt, description, null, null);
  }

  /** A duration option whose old spelling {@code oldKey} took a bare number of {@code oldUnit}s. */
  public static WorkloadOption duration(String key, String dflt, String oldKey, ChronoUnit oldUnit, String description) {
    return new WorkloadOption(key, dflt, description, oldKey, oldUnit);
  }

  /** The keys it is read under: its key, then its old key if any. */
  public List<String> keys() {
    return oldKey == null ? List.of(key) : List.of(key, oldKey);
  }

  /** One line for {@code --list-options}: key, default, description, and the old key if any. */
  public String describe() {
    return "-D " + key + "=" + dflt + "  " + description + (oldKey == null ? "" : " (old key " + oldKey + ", deprecated)");
  }

  /**
   * Nothing if every key of {@code given} is a key of one of {@code known}; otherwise {@link
   * BadInput} naming the first unknown key, the three closest known keys and all of them.
   */
  public static void requireKnown(String workload, Collection<WorkloadOption> known, Map<String, String> given) {
    List<String> current = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (WorkloadOption o : known) {
      current.add(o.key());
      all.addAll(o.keys());
    }
    for (String key : given.keySet().stream().sorted().toList()) {
      if (all.contains(key)) continue;
      List<String> closest = BadInput.closest(key, current, 3);
      StringBuilder sb = new StringBuilder("unknown option -D ").append(key).append(" of workload ").append(workload);
      if (!closest.isEmpty()) sb.append("; did you mean ").append(String.join(", ", closest)).append('?');
      sb.append(current.isEmpty() ? " (it takes no -D option)" : " (known: " + String.join(", ", current)
          + "; run " + workload + " --list-options describes them)");
      throw new BadInput(sb.toString());
    }
  }
}
