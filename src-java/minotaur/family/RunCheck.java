package minotaur.family;

import java.util.Map;
import java.util.TreeMap;

/**
 * A short seeded stress run that decides a variant the explorer cannot (no scenario bounds it, or
 * only the real machine shows it): {@code minotaur run <family> --variant V --threads T --seed S
 * --ops N -D key=value...}. Real threads do not replay their OS schedule, so a violation is
 * expected within {@code attempts} seeds from {@code seed} on (a hold, in every one of them).
 */
public record RunCheck(int threads, long seed, long ops, int attempts, Map<String, String> extra) {
  public RunCheck {
    if (attempts < 1) throw new IllegalArgumentException("attempts must be >= 1");
    extra = Map.copyOf(extra);
  }

  public static RunCheck of(int threads, long seed, long ops) {
    return new RunCheck(threads, seed, ops, 1, Map.of());
  }

  /** This run tried with seeds {@code seed .. seed + attempts - 1}. */
  public RunCheck attempts(int n) {
    return new RunCheck(threads, seed, ops, n, extra);
  }

  /** This run with the workload option {@code -D key=value}. */
  public RunCheck with(String key, String value) {
    Map<String, String> m = new TreeMap<>(extra);
    m.put(key, value);
    return new RunCheck(threads, seed, ops, attempts, m);
  }

  /** The command line that replays it for {@code family} and {@code variant}. */
  public String command(String family, String variant) {
    StringBuilder sb = new StringBuilder("./minotaur run ").append(family).append(" --variant ").append(variant)
        .append(" --threads ").append(threads).append(" --seed ").append(seed).append(" --ops ").append(ops);
    new TreeMap<>(extra).forEach((k, v) -> sb.append(" -D ").append(k).append('=').append(v));
    return sb.toString();
  }
}
