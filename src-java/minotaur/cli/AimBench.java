package minotaur.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import minotaur.family.Variant;
import minotaur.test.AimedPlan;
import minotaur.test.Evidence;
import minotaur.test.Technique;
import minotaur.test.TestOptions;
import minotaur.test.TestVerdict;
import minotaur.test.Tester;

/**
 * {@code minotaur bench aim}: what aiming gains. Per mutant, stress alone ({@code test} with only
 * its stress runs) over seeds {@code seed, seed + 1, ...}, once with the workload's own fault plan
 * and once aimed at the hot points of the variant's scenarios ({@link AimedPlan}), printed as a
 * Markdown table of time to the first finding as {@link DetectBench} prints it (median / max, and
 * how many seeds found it; a miss counts as slower than any finding). Both columns run every seed:
 * the point is the comparison, so neither gives up early. The aimed column's times include
 * sampling the scenarios.
 */
final class AimBench {
  private final VariantSelection selection;
  private final TestOptions options;
  private final int seeds;
  private final PrintStream out;
  private final PrintStream log;

  AimBench(VariantSelection selection, TestOptions options, int seeds, PrintStream out, PrintStream log) {
    this.selection = selection;
    this.options = options.withOut(null).withTechniques(EnumSet.of(Technique.STRESS));
    this.seeds = seeds;
    this.out = out;
    this.log = log;
  }

  /** Runs every picked variant, uniform then aimed on each seed, and prints the table. */
  void run() {
    StringBuilder sb = new StringBuilder(String.format("Stress alone, time to detection, median / max in seconds "
        + "(seeds that found it), %d seeds from %d, budget %.2fs per check.%n%n", seeds, options.seed(),
        options.budget().toNanos() / 1e9));
    sb.append("| mutant | uniform | aimed | aimed plan |\n|---|---|---|---|\n");
    for (VariantSelection.Pick p : selection.picks()) {
      for (Variant v : p.variants()) {
        List<DetectBench.Cell> cells = new ArrayList<>();
        String plan = "";
        for (TestOptions.StressFaults f : TestOptions.StressFaults.values()) {
          DetectBench.Cell c = new DetectBench.Cell();
          for (int i = 0; i < seeds; i++) {
            TestVerdict verdict = Tester.test(p.family(), v, options.withStressFaults(f).withSeed(options.seed() + i));
            c.add(verdict.finding() == null ? null : verdict.finding().after());
            if (f == TestOptions.StressFaults.AIMED) plan = aim(verdict);
          }
          cells.add(c);
        }
        String row = String.format("| %s %s | %s | %s | %s |%n", p.family().name(), v.name(),
            cells.get(0).text(options.budget()), cells.get(1).text(options.budget()), plan);
        log.print("minotaur: bench aim: " + row);
        sb.append(row);
      }
    }
    out.print(sb);
  }

  /** The aimed plan's description from a stress row's bound, or that none was derived. */
  private static String aim(TestVerdict verdict) {
    for (Evidence e : verdict.evidence()) {
      int at = e.bound().indexOf("aimed at ");
      if (at >= 0) return e.bound().substring(at);
    }
    return "not aimed (no hot point): uniform";
  }
}
