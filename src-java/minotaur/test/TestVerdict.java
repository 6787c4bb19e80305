package minotaur.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one verdict of {@code minotaur test} for one variant, with what backs it: {@link
 * Outcome#VIOLATED} when any check found a violation; {@link Outcome#HOLDS} when none did and at
 * least one check was decisive (an exploration passed within its bound, or a stress run's history
 * checked valid); {@link Outcome#UNKNOWN} when the budget ended before any was. It states its
 * coverage (one line, {@link #coverage()}, and the table of every check, {@link #table()}) and
 * compares itself with the variant's declared expectation ({@link #mismatch()}).
 */
public record TestVerdict(String family, String variant, Outcome outcome, List<Evidence> evidence,
    List<Finding> findings, Declared declared, Duration elapsed) {
  /** The memory-model column of stress runs: real threads on this machine. */
  public static final String REAL = "real";

  /** The verdict: exit codes 0, 1 and 2. */
  public enum Outcome {
    HOLDS(0), VIOLATED(1), UNKNOWN(2);

    private final int exit;

    Outcome(int exit) {
      this.exit = exit;
    }

    public int exitCode() {
      return exit;
    }
  }

  public TestVerdict {
    evidence = List.copyOf(evidence);
    findings = List.copyOf(findings);
  }

  public int exitCode() {
    return outcome.exitCode();
  }

  /** Whether the verdict is what the variant declares (an unknown matches nothing). */
  public boolean asDeclared() {
    return outcome == (declared.violated() ? Outcome.VIOLATED : Outcome.HOLDS);
  }

  /**
   * Null when the verdict is as declared; otherwise what the difference means: a variant declared
   * correct found violated is a real finding or a false positive; a mutant that holds is a miss.
   */
  public String mismatch() {
    if (asDeclared()) return null;
    if (outcome == Outcome.VIOLATED) {
      return "MISMATCH: declared " + declared.word() + ", found violated: a real finding or a false positive";
    }
    if (declared.violated()) {
      return "MISMATCH: declared " + declared.word() + ", " + (outcome == Outcome.HOLDS ? "held" : "undecided")
          + " within the budget: a miss";
    }
    return "MISMATCH: declared " + declared.word() + ", undecided within the budget";
  }

  /** What the variant declares for the checks run: {@code holds} or {@code violates A2 under sc, tso}. */
  public String declaredWord() {
    return declared.word();
  }

  /** The first finding, or null. */
  public Finding finding() {
    return findings.isEmpty() ? null : findings.get(0);
  }

  /** The headline: {@code aio seed: holds: <coverage>} or {@code ...: VIOLATED A2 by exhaustive under sc (...)}. */
  public String headline() {
    String who = family + " " + variant + ": ";
    return switch (outcome) {
      case HOLDS -> who + "holds: " + coverage();
      case UNKNOWN -> who + "unknown: no check was decisive within the budget: " + coverage();
      case VIOLATED -> {
        Finding f = finding();
        yield who + "VIOLATED " + f.property() + " (" + f.detail() + ") found by " + f.technique().word()
            + (f.model().equals(REAL) ? " run" : " under " + f.model()) + String.format(" after %.2fs", seconds(f.after()));
      }
    };
  }

  /** The whole verdict as printed: headline, findings with replay and history, the declaration, the table. */
  public String text() {
    StringBuilder sb = new StringBuilder(headline()).append('\n');
    for (Finding f : findings) {
      sb.append("  finding: ").append(f.property()).append(" by ").append(f.technique().word()).append(' ')
          .append(f.model()).append(": ").append(f.detail()).append('\n');
      sb.append("    replay: ").append(f.replay()).append('\n');
      if (f.history() != null) sb.append("    history: ").append(f.history()).append('\n');
      if (f.confirmation() != null) sb.append("    confirmation: ").append(f.confirmation()).append('\n');
    }
    if (outcome == Outcome.VIOLATED) sb.append("  covered: ").append(coverage()).append('\n');
    sb.append("  declared: ").append(declared.word());
    String m = mismatch();
    sb.append(m == null ? " (as found)" : "\n  " + m).append('\n');
    sb.append(table());
    return sb.toString();
  }

  /** The coverage line: what each technique covered, and what it did not. */
  public String coverage() {
    List<String> parts = new ArrayList<>();
    exploration(Technique.EXHAUSTIVE).ifPresent(parts::add);
    exploration(Technique.PCT).ifPresent(parts::add);
    stress().ifPresent(parts::add);
    List<String> missing = new ArrayList<>(declared.notCovered());
    for (Technique t : Technique.values()) {
      if (evidence.stream().noneMatch(e -> e.technique() == t)) missing.add("no " + t.word());
    }
    String line = parts.isEmpty() ? "nothing ran" : String.join(", ", parts);
    return line + (missing.isEmpty() ? "" : "; not covered: " + String.join(", ", missing));
  }

  private java.util.Optional<String> exploration(Technique t) {
    List<Evidence> rows = evidence.stream().filter(e -> e.technique() == t).toList();
    if (rows.isEmpty()) return java.util.Optional.empty();
    Set<String> scenarios = new TreeSet<>();
    Set<String> models = new LinkedHashSet<>();
    Set<String> bounds = new LinkedHashSet<>();
    long schedules = 0;
    int incomplete = 0;
    for (Evidence e : rows) {
      scenarios.add(e.target());
      models.add(e.model());
      if (e.result() == Evidence.Result.PASS && t == Technique.EXHAUSTIVE) bounds.add(e.bound());
      if (e.result() == Evidence.Result.INCOMPLETE || e.result() == Evidence.Result.NOT_RUN) incomplete++;
      schedules += e.count();
    }
    String what = t == Technique.EXHAUSTIVE ? "exhaustive" : "PCT";
    String s = scenarios.size() + " scenario" + (scenarios.size() == 1 ? "" : "s") + " " + what + " under "
        + String.join("+", models) + String.format(" (%,d %s", schedules, t == Technique.PCT
            ? "runs, depth " + rows.get(0).bound().replaceFirst("^PCT depth (\\d+).*", "$1") : "schedules")
        + (bounds.isEmpty() ? "" : "; " + String.join("; ", bounds)) + ")";
    return java.util.Optional.of(incomplete == 0 ? s : s + String.format(", %d of %d cut by a limit or the budget",
        incomplete, rows.size()));
  }

  private java.util.Optional<String> stress() {
    List<Evidence> rows = evidence.stream().filter(e -> e.technique() == Technique.STRESS
        && e.result() != Evidence.Result.NOT_RUN).toList();
    if (rows.isEmpty()) return java.util.Optional.empty();
    long ops = rows.stream().mapToLong(Evidence::count).sum();
    Map<String, Integer> bounds = new LinkedHashMap<>();
    for (Evidence e : rows) bounds.merge(e.bound(), 1, Integer::sum);
    String seeds = rows.size() == 1 ? "seed " + rows.get(0).target()
        : "seeds " + rows.get(0).target() + "–" + rows.get(rows.size() - 1).target();
    return java.util.Optional.of(String.format("%d stress run%s, %,d ops (%s; %s)", rows.size(),
        rows.size() == 1 ? "" : "s", ops, seeds, String.join("; ", bounds.keySet())));
  }

  /** One row per check: technique, model, scenario or seed, result, schedules or ops, time, bound. */
  public String table() {
    int w = "scenario / seed".length();
    for (Evidence e : evidence) w = Math.max(w, e.target().length());
    String fmt = "  %-10s %-5s %-" + w + "s %-10s %,12d %8.2fs  %s%n";
    StringBuilder sb = new StringBuilder(String.format("  %-10s %-5s %-" + w + "s %-10s %12s %9s  %s%n",
        "technique", "model", "scenario / seed", "result", "sched/ops", "time", "bound"));
    for (Evidence e : evidence) {
      sb.append(String.format(fmt, e.technique().word(), e.model(), e.target(),
          e.result().name().toLowerCase().replace('_', ' '), e.count(), seconds(e.elapsed()), e.bound()));
    }
    return sb.toString();
  }

  /** The verdict as data, for the Clojure API: {@code :valid?} true, false or :unknown, and the rest. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("valid?", outcome == Outcome.HOLDS ? Boolean.TRUE : outcome == Outcome.VIOLATED ? Boolean.FALSE : "unknown");
    m.put("family", family);
    m.put("variant", variant);
    m.put("outcome", outcome.name().toLowerCase());
    m.put("coverage", coverage());
    m.put("declared", declared.word());
    m.put("as-declared?", asDeclared());
    List<Map<String, Object>> fs = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("property", f.property());
      fm.put("detail", f.detail());
      fm.put("technique", f.technique().word());
      fm.put("model", f.model());
      fm.put("replay", f.replay());
      fm.put("history", f.history());
      if (f.confirmation() != null) fm.put("confirmation", f.confirmation());
      fm.put("after-ms", f.after().toMillis());
      fs.add(fm);
    }
    m.put("findings", fs);
    m.put("elapsed-ms", elapsed.toMillis());
    m.put("text", text());
    return m;
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
