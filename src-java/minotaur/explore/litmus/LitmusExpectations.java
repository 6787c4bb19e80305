package minotaur.explore.litmus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import minotaur.history.BadInput;

/**
 * The expected answers of a directory of litmus files, from its {@code EXPECTED.tsv}: one row per
 * file and memory model, tab-separated: the file name, the model ({@code sc}, {@code tso}, {@code
 * ra}, {@code rc11}), the condition's expected answer ({@code Ok} or {@code No}), the expected
 * number of consistent executions ({@code -} when no oracle gives one) and where both come from;
 * optionally a sixth field, an external oracle that answers otherwise and why (GenMC's C++20
 * release sequences against the RC11 paper's), which is reported, not checked.
 * {@code #} starts a comment line. The oracles are external (GenMC's expected counts, herd7's
 * catalogue kinds, the papers' verdicts), never this explorer's own output.
 */
public record LitmusExpectations(Path source, List<Row> rows) {
  public static final String FILE_NAME = "EXPECTED.tsv";
  private static final Set<String> MODELS = Set.of("sc", "tso", "ra", "rc11");

  /** One row; {@code executions} is -1 when the row gives none; {@code differs} is empty or the other oracle's answer and why. */
  public record Row(String file, String model, boolean ok, long executions, String source, String differs, int line) {
    public String answer() {
      return ok ? "Ok" : "No";
    }
  }

  /** The expectations of {@code dir}, or none if it has no {@value #FILE_NAME}. */
  public static LitmusExpectations of(Path dir) {
    Path tsv = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(tsv)) return new LitmusExpectations(tsv, List.of());
    return read(tsv);
  }

  static LitmusExpectations read(Path tsv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInput(tsv + ": cannot read: " + e.getMessage());
    }
    List<Row> rows = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) continue;
      String where = tsv + ":" + (i + 1) + ": ";
      String[] f = line.split("\t");
      if (f.length != 5 && f.length != 6) {
        throw new BadInput(where + "expected 5 or 6 tab-separated fields (file, model, answer, executions, source"
            + "[, differing oracle]), found " + f.length);
      }
      String model = f[1].toLowerCase(Locale.ROOT);
      if (!MODELS.contains(model)) throw new BadInput(where + "unknown memory model '" + f[1] + "'");
      if (!f[2].equals("Ok") && !f[2].equals("No")) throw new BadInput(where + "answer must be Ok or No, not '" + f[2] + "'");
      long executions;
      try {
        executions = f[3].equals("-") ? -1 : Long.parseLong(f[3]);
      } catch (NumberFormatException e) {
        throw new BadInput(where + "executions must be a number or -, not '" + f[3] + "'");
      }
      if (!keys.add(f[0] + "\t" + model)) throw new BadInput(where + "second row for " + f[0] + " under " + model);
      rows.add(new Row(f[0], model, f[2].equals("Ok"), executions, f[4], f.length == 6 ? f[5] : "", i + 1));
    }
    return new LitmusExpectations(tsv, List.copyOf(rows));
  }

  /** The row for {@code file} (a name in the directory) under {@code model}, if there is one. */
  public Optional<Row> row(String file, String model) {
    return rows.stream().filter(r -> r.file().equals(file) && r.model().equals(model)).findFirst();
  }

  /** The note of {@code file}'s row under {@code model} where another oracle answers otherwise, if any. */
  public Optional<String> difference(String file, String model) {
    return row(file, model).filter(r -> !r.differs().isEmpty())
        .map(r -> source + ":" + r.line() + ": " + file + " under " + model + ": " + r.differs());
  }

  /**
   * What {@code run} of {@code file} gets wrong against its row, one line each: the answer, and
   * the execution count where the run counts executions; empty if it agrees or has no row.
   */
  public List<String> mismatches(String file, LitmusRun run) {
    Optional<Row> row = row(file, run.result().model().cliName());
    if (row.isEmpty()) return List.of();
    Row r = row.get();
    List<String> out = new ArrayList<>();
    String where = source + ":" + r.line() + ": " + file + " under " + r.model() + ": ";
    if (r.ok() != run.ok()) out.add(where + "expected " + r.answer() + " (" + r.source() + "), got " + run.answer());
    if (r.executions() >= 0 && run.countsExecutions() && r.executions() != run.executions()) {
      out.add(where + "expected " + r.executions() + " executions (" + r.source() + "), explored " + run.executions());
    }
    return out;
  }
}
