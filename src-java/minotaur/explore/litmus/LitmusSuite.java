package minotaur.explore.litmus;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.history.BadInput;

/**
 * {@code explore --litmus FILE|DIR}: answers one litmus file, or every {@code .litmus} file of a
 * directory in name order, and prints each answer herd7-style ({@link LitmusRun#report}).
 *
 * <p>Exit code: a litmus file asks a question (is this outcome reachable?) rather than stating a
 * property, so an answered file exits 0 whatever the answer, unless the directory's {@code
 * EXPECTED.tsv} ({@link LitmusExpectations}) has a row for it under the model: then an answer or
 * execution count that differs from the row's is a violation (1), printed as {@code MISMATCH}
 * lines; a row that names another oracle answering otherwise adds a {@code NOTE} line with its
 * answer and why (it does not change the exit code). A bound hit first makes the answer unknown (2); bad litmus input is exit 3 (every file is
 * read before any is explored, so a bad file stops the run before it starts). The worst code wins.
 */
public final class LitmusSuite {
  private LitmusSuite() {}

  /** The litmus files at {@code path}: the file itself, or the directory's {@code *.litmus}, sorted. */
  public static List<Path> files(Path path) {
    if (Files.isRegularFile(path)) return List.of(path);
    if (!Files.isDirectory(path)) throw new BadInput(path + ": no such litmus file or directory");
    try (Stream<Path> entries = Files.list(path)) {
      List<Path> files = entries.filter(p -> p.getFileName().toString().endsWith(".litmus") && Files.isRegularFile(p))
          .sorted().toList();
      if (files.isEmpty()) throw new BadInput(path + ": no .litmus files in this directory");
      return files;
    } catch (IOException e) {
      throw new BadInput(path + ": cannot list: " + e.getMessage());
    }
  }

  /**
   * Answers every file at {@code path} under {@code options}, printing to {@code out}; returns the
   * worst verdict (a mismatch with EXPECTED.tsv is a FAIL).
   */
  public static ExploreResult.Verdict run(Path path, ExploreOptions options, PrintWriter out) {
    List<Path> files = files(path);
    List<LitmusTest> tests = files.stream().map(LitmusParser::read).toList();
    ExploreResult.Verdict worst = ExploreResult.Verdict.PASS;
    int mismatched = 0;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      LitmusRun run = LitmusRun.of(tests.get(i), options);
      out.print(run.report());
      LitmusExpectations expected = LitmusExpectations.of(parent(file));
      List<String> mismatches = expected.mismatches(file.getFileName().toString(), run);
      for (String m : mismatches) out.println("MISMATCH " + m);
      expected.difference(file.getFileName().toString(), run.result().model().cliName())
          .ifPresent(d -> out.println("NOTE " + d));
      if (!mismatches.isEmpty()) mismatched++;
      out.println();
      ExploreResult.Verdict v = mismatches.isEmpty() ? run.verdict() : ExploreResult.Verdict.FAIL;
      if (rank(v) > rank(worst)) worst = v;
    }
    if (files.size() > 1) {
      out.printf("%d litmus files under %s: %d answered as expected or without expectation, %d mismatched%n",
          files.size(), options.model().cliName(), files.size() - mismatched, mismatched);
    }
    out.flush();
    return worst;
  }

  private static int rank(ExploreResult.Verdict v) {
    return switch (v) {
      case PASS -> 0;
      case INCONCLUSIVE -> 1;
      case FAIL -> 2;
    };
  }

  private static Path parent(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }
}
