package minotaur.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import minotaur.family.Variant;
import minotaur.test.Evidence;
import minotaur.test.Technique;
import minotaur.test.TestOptions;
import minotaur.test.TestVerdict;
import minotaur.test.Tester;

/**
 * {@code minotaur bench detect}: how fast and how reliably each mutant is found, by each technique
 * alone and by {@code minotaur test} as a whole, over seeds {@code seed, seed + 1, ...}, printed as
 * a Markdown table: per cell the median and the maximum time to the first finding (a seed that
 * found nothing within the budget counts as slower than any that did: a median or maximum that is
 * a miss reads {@code >budget}) and how many seeds found it.
 *
 * <p>Exhaustive exploration does not depend on the seed: once it has covered every scenario within
 * its bounds without a finding (a proof within the bounds, not a budget cut), the remaining seeds
 * would only repeat it, so they are not run and the cell says so ({@code 0/1, proof}). A technique
 * alone that misses on its first {@code giveUp} seeds is not run on the rest ({@code 0/3,
 * gave up}); {@code test} as a whole always runs on every seed, since its column is the target.
 */
final class DetectBench {
  /** The four columns: each technique alone, then all of them ({@code test}). */
  private static final List<Set<Technique>> COLUMNS = List.of(EnumSet.of(Technique.EXHAUSTIVE),
      EnumSet.of(Technique.PCT), EnumSet.of(Technique.STRESS), EnumSet.allOf(Technique.class));

  private final VariantSelection selection;
  private final TestOptions options;
  private final int seeds;
  private final int giveUp;
  private final PrintStream out;
  private final PrintStream log;

  /**
   * @param options the budget, models and first seed of every check (histories are kept in memory)
   * @param log one line per variant as it is done, so a long run shows it is alive
   */
  DetectBench(VariantSelection selection, TestOptions options, int seeds, int giveUp, PrintStream out, PrintStream log) {
    this.selection = selection;
    this.options = options.withOut(null);
    this.seeds = seeds;
    this.giveUp = giveUp;
    this.out = out;
    this.log = log;
  }

  /** Runs every picked variant and prints the table; returns its rows. */
  List<Row> run() {
    List<Row> rows = new ArrayList<>();
    for (VariantSelection.Pick p : selection.picks()) {
      for (Variant v : p.variants()) {
        List<Cell> cells = new ArrayList<>();
        String declared = "";
        for (Set<Technique> column : COLUMNS) {
          Cell c = new Cell();
          for (int i = 0; i < seeds; i++) {
            TestVerdict verdict = Tester.test(p.family(), v, options.withTechniques(column).withSeed(options.seed() + i));
            declared = verdict.declaredWord();
            c.add(verdict.finding() == null ? null : verdict.finding().after());
            boolean alone = column.size() == 1;
            if (alone && column.contains(Technique.EXHAUSTIVE) && proof(verdict)) {
              c.proof = true;
              break;
            }
            if (alone && giveUp > 0 && c.found() == 0 && c.runs() >= giveUp && i + 1 < seeds) {
              c.gaveUp = true;
              break;
            }
          }
          cells.add(c);
        }
        Row row = new Row(p.family().name() + " " + v.name(), declared, cells);
        rows.add(row);
        log.println("minotaur: bench detect: " + row.variant() + ": " + row.cells().get(3).text(options.budget()));
      }
    }
    out.print(table(rows));
    return rows;
  }

  /** No finding, and every check ran to a pass within its bound: no other seed would differ. */
  private static boolean proof(TestVerdict v) {
    return v.findings().isEmpty() && !v.evidence().isEmpty()
        && v.evidence().stream().allMatch(e -> e.result() == Evidence.Result.PASS);
  }

  /** The Markdown table of {@code rows}, its legend and a summary against the targets. */
  String table(List<Row> rows) {
    String budget = seconds(options.budget());
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("Time to detection, median / max in seconds (seeds that found it), %d seeds from %d, "
        + "budget %s per check, models %s.%n%n", seeds, options.seed(), budget,
        String.join("+", options.models().stream().map(m -> m.cliName()).toList())));
    sb.append("| mutant | declared | exhaustive | pct | stress | test |\n");
    sb.append("|---|---|---|---|---|---|\n");
    List<String> misses = new ArrayList<>();
    List<String> slow = new ArrayList<>();
    for (Row r : rows) {
      sb.append("| ").append(r.variant()).append(" | ").append(r.declared());
      for (Cell c : r.cells()) sb.append(" | ").append(c.text(options.budget()));
      sb.append(" |\n");
      Cell test = r.cells().get(3);
      if (test.found() < test.runs()) misses.add(r.variant() + " (" + test.found() + "/" + test.runs() + ")");
      else if (test.median().compareTo(Duration.ofSeconds(10)) >= 0) slow.add(r.variant());
    }
    sb.append(String.format("%n%d mutants; test found %d on every seed; missed on some seed: %s; median 10 s or more"
        + " (the target is under 10 s): %s%n",
        rows.size(), rows.size() - misses.size(), misses.isEmpty() ? "none" : String.join(", ", misses),
        slow.isEmpty() ? "none" : String.join(", ", slow)));
    return sb.toString();
  }

  private static String seconds(Duration d) {
    return String.format("%.2fs", d.toNanos() / 1e9);
  }

  /** One mutant's row: its name, what it declares, and the four cells. */
  record Row(String variant, String declared, List<Cell> cells) {}

  /** One technique's times over the seeds it ran: null for a seed that found nothing. */
  static final class Cell {
    private final List<Duration> times = new ArrayList<>();
    private boolean proof;
    private boolean gaveUp;

    void add(Duration t) {
      times.add(t);
    }

    int runs() {
      return times.size();
    }

    int found() {
      return (int) times.stream().filter(t -> t != null).count();
    }

    /** The median time, a miss counting as the longest; null if that is a miss. */
    Duration median() {
      return sorted().get((times.size() - 1) / 2);
    }

    /** The longest time, null if some seed missed. */
    Duration max() {
      return sorted().get(times.size() - 1);
    }

    private List<Duration> sorted() {
      List<Duration> s = new ArrayList<>(times);
      s.sort((a, b) -> a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b));
      return s;
    }

    /** {@code 0.12 / 0.30 (10/10)}, {@code - (0/1, proof)}, {@code - (0/3, gave up)}. */
    String text(Duration budget) {
      String count = found() + "/" + runs() + (proof ? ", proof" : gaveUp ? ", gave up" : "");
      if (found() == 0) return "- (" + count + ")";
      return time(median(), budget) + " / " + time(max(), budget) + " (" + count + ")";
    }

    private static String time(Duration d, Duration budget) {
      return d == null ? ">" + String.format("%.0f", budget.toNanos() / 1e9) : String.format("%.2f", d.toNanos() / 1e9);
    }
  }
}
