package minotaur.check;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared test corpora (system property {@code minotaur.shared}); tests skip when absent. */
final class Corpus {
  private Corpus() {}

  /** A directory under the shared corpus, or a skipped test saying what is missing. */
  static Path dir(String relative) {
    String shared = System.getProperty("minotaur.shared");
    assumeTrue(shared != null, "system property minotaur.shared is not set: skipping corpus test");
    Path dir = Path.of(shared, "corpus", relative);
    assumeTrue(Files.isDirectory(dir), "corpus " + dir + " is absent: skipping corpus test");
    return dir;
  }

  /** One row of a MANIFEST.tsv: file, model, expected verdict, note. */
  record Entry(Path file, String model, String expected, String note) {}

  /** The MANIFEST.tsv of {@code dir}, files relative to it. */
  static List<Entry> manifest(Path dir) {
    return manifest(dir.resolve("MANIFEST.tsv"), dir);
  }

  /** A manifest whose files are relative to {@code base}. */
  static List<Entry> manifest(Path tsv, Path base) {
    Path dir = base;
    try {
      List<Entry> entries = new ArrayList<>();
      List<String> lines = Files.readAllLines(tsv);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) continue;
        String[] cols = line.split("\t", 4);
        entries.add(new Entry(dir.resolve(cols[0]), cols[1], cols[2], cols.length > 3 ? cols[3] : ""));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
