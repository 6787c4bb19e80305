package minotaur.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import minotaur.family.Family;
import minotaur.family.Variant;
import minotaur.history.BadInput;
import minotaur.test.Finding;
import minotaur.test.TestOptions;
import minotaur.test.TestVerdict;
import minotaur.test.Tester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minotaur test}: one verdict per variant from every technique, within a time budget. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = {"Is this variant correct? Explores its scenarios exhaustively under each memory",
        "model, runs PCT random schedules where that hits a limit, then stress runs with the",
        "workload's delays aimed at the points its scenarios show racing (--stress-faults), all",
        "within one time budget per variant; stops at the first violation",
        "(unless --all-findings). The verdict states what it covered and compares itself with the",
        "variant's declared expectation.",
        "--variant picks a variant by name in every family that has one (the others are named on",
        "one line), or 'all' (default), 'correct' (declared to hold under the chosen memory",
        "models) or 'mutants' (declared violated there).",
        "Progress goes to stderr: a bar on a terminal, else a line every few seconds.",
        "Exit: 0 holds, 1 violation, 2 unknown (budget ended before a decisive check), 3 bad",
        "input; the worst over all variants."})
public final class TestCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FAMILY", description = "A family name, or 'all'.")
  String familyName;

  @Option(names = "--variant", defaultValue = VariantSelection.ALL, paramLabel = "V",
      description = "A variant (case-insensitive), 'all' (default), 'correct' or 'mutants'.")
  String variantName;

  @Option(names = "--budget", defaultValue = "30s", converter = DurationConverter.class,
      description = "Time for each variant, shared among the techniques (default ${DEFAULT-VALUE}).")
  Duration budget;

  @Mixin MemoryModelOption.Several models;

  @Mixin SeedOption seed;

  @Option(names = "--all-findings", description = "Go on after the first violation and report every one.")
  boolean allFindings;

  @Option(names = "--stress-faults", defaultValue = "aimed", paramLabel = "aimed|uniform",
      description = {"Stress runs' delays: 'aimed' (default) at the points of the variant's scenarios where a",
          "delay opens a race window, or 'uniform' where the workload's fault plan puts them."})
  String stressFaults;

  @Option(names = {"-o", "--out"}, defaultValue = "histories/runs", paramLabel = "DIR",
      description = "Directory for the histories (default ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    if (budget.isZero() || budget.isNegative()) throw new BadInput("--budget must be positive, got " + budget);
    TestOptions options = TestOptions.defaults().withBudget(budget).withSeed(seed.orElse(1)).withAllFindings(allFindings)
        .withOut(out).withModels(models.get()).withStressFaults(stressFaults());
    List<Family> families = familyName.equals("all") ? Families.all() : List.of(Families.named(familyName));
    VariantSelection selection = VariantSelection.of(families, variantName, models.names());
    if (selection.skipped() != null) System.out.println(selection.skipped());
    boolean brief = families.size() > 1;
    List<TestVerdict> verdicts = new ArrayList<>();
    int exit = Exit.HOLDS;
    try (TestProgress progress = new TestProgress(selection.size(), budget)) {
      for (VariantSelection.Pick p : selection.picks()) {
        for (Variant v : p.variants()) {
          progress.variant(verdicts.size(), p.family().name() + " " + v.name());
          TestVerdict verdict = Tester.test(p.family(), v, options, progress);
          verdicts.add(verdict);
          System.out.println(brief ? brief(verdict) : verdict.text());
          exit = Exit.worst(exit, verdict.exitCode());
        }
      }
    }
    if (verdicts.size() > 1) System.out.print(summary(verdicts));
    return exit;
  }

  private TestOptions.StressFaults stressFaults() {
    String word = Names.require("--stress-faults", stressFaults, List.of("aimed", "uniform"), "test --help");
    return word.equals("aimed") ? TestOptions.StressFaults.AIMED : TestOptions.StressFaults.UNIFORM;
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
