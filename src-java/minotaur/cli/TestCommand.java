package minotaur.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import minotaur.explore.MemoryModel;
import minotaur.family.Family;
import minotaur.family.Variant;
import minotaur.history.BadInput;
import minotaur.test.Finding;
import minotaur.test.TestOptions;
import minotaur.test.TestVerdict;
import minotaur.test.Tester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minotaur test}: one verdict per variant from every technique, within a time budget. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = {"Is this variant correct? Explores its scenarios exhaustively under each memory model,",
        "runs PCT random schedules where that hits a limit, then stress runs with the workload's faults,",
        "all within one time budget per variant; stops at the first violation (unless --all-findings).",
        "The verdict states what it covered and compares itself with the variant's declared expectation.",
        "Exit: 0 holds, 1 violation, 2 unknown (budget ended before a decisive check), 3 bad input;",
        "the worst over all variants."})
public final class TestCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FAMILY", description = "A family name, or 'all'.")
  String familyName;

  @Option(names = "--variant", defaultValue = "all", description = "A variant (case-insensitive) or 'all' (default).")
  String variantName;

  @Option(names = "--budget", defaultValue = "30s", converter = DurationConverter.class,
      description = "Time for each variant, shared among the techniques (default ${DEFAULT-VALUE}).")
  Duration budget;

  @Option(names = "--memory-model", split = ",", paramLabel = "MODEL",
      description = "Memory models to explore under, e.g. sc,tso (default: every model the explorer has).")
  List<String> models;

  @Option(names = "--seed", defaultValue = "1", description = "First seed of PCT and of the stress runs (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--all-findings", description = "Go on after the first violation and report every one.")
  boolean allFindings;

  @Option(names = "--out", defaultValue = "histories/runs", description = "Directory for the histories (default ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    if (budget.isZero() || budget.isNegative()) throw new BadInput("--budget must be positive, got " + budget);
    TestOptions options = TestOptions.defaults().withBudget(budget).withSeed(seed).withAllFindings(allFindings)
        .withOut(out).withModels(models());
    List<Family> families = familyName.equals("all") ? Families.all() : List.of(Families.named(familyName));
    boolean many = families.size() > 1 || variantName.equalsIgnoreCase("all");
    List<TestVerdict> verdicts = new ArrayList<>();
    int exit = Exit.HOLDS;
    for (Family f : families) {
      List<Variant> variants = variantName.equalsIgnoreCase("all") ? f.variants() : List.of(f.variant(variantName));
      for (Variant v : variants) {
        TestVerdict verdict = Tester.test(f, v, options);
        verdicts.add(verdict);
        System.out.println(families.size() > 1 ? brief(verdict) : verdict.text());
        exit = Exit.worst(exit, verdict.exitCode());
      }
    }
    if (many) System.out.print(summary(verdicts));
    return exit;
  }

  private List<MemoryModel> models() {
    if (models == null || models.isEmpty()) return List.of(MemoryModel.values());
    List<MemoryModel> ms = new ArrayList<>();
    for (String m : models) {
      try {
        ms.add(MemoryModel.parse(m));
      } catch (IllegalArgumentException e) {
        throw new BadInput(e.getMessage());
      }
    }
    return ms;
  }

  /** The headline, the findings' replay and history, and a mismatch if any. */
  private static String brief(TestVerdict v) {
    StringBuilder sb = new StringBuilder(v.headline());
    for (Finding f : v.findings()) {
      sb.append("\n  replay: ").append(f.replay());
      if (f.history() != null) sb.append("\n  history: ").append(f.history());
    }
    if (v.mismatch() != null) sb.append("\n  ").append(v.mismatch());
    return sb.toString();
  }

  /** One row per variant: found or holds, by which technique, how long, and the declaration. */
  static String summary(List<TestVerdict> verdicts) {
    int w = "variant".length();
    for (TestVerdict v : verdicts) w = Math.max(w, v.family().length() + 1 + v.variant().length());
    String fmt = "%-" + w + "s  %-8s %-16s %8s  %-30s %s%n";
    StringBuilder sb = new StringBuilder("\n").append(String.format(fmt, "variant", "verdict", "found by", "time",
        "declared", "as declared"));
    int mismatches = 0;
    for (TestVerdict v : verdicts) {
      Finding f = v.finding();
      String verdict = switch (v.outcome()) {
        case VIOLATED -> "found";
        case HOLDS -> "holds";
        case UNKNOWN -> "unknown";
      };
      String by = f == null ? "-" : f.technique().word() + " " + f.model();
      String time = String.format("%.2fs", (f == null ? v.elapsed() : f.after()).toNanos() / 1e9);
      if (!v.asDeclared()) mismatches++;
      sb.append(String.format(fmt, v.family() + " " + v.variant(), verdict, by, time, v.declaredWord(),
          v.asDeclared() ? "yes" : "NO"));
    }
    sb.append(String.format("%d variants, %d as declared, %d mismatches%n", verdicts.size(),
        verdicts.size() - mismatches, mismatches));
    return sb.toString();
  }
}
