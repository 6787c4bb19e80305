package minotaur.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The Knossos history corpus shared outside the project; tests using it skip when it is absent. */
public final class KnossosCorpus {
  private KnossosCorpus() {}

  /** The corpus directory, or a skipped test (with the reason) when it is absent. */
  public static Path dir() {
    Path dir = Path.of(System.getProperty("minotaur.shared", "../shared"), "corpus", "knossos");
    Assumptions.assumeTrue(Files.exists(dir.resolve("MANIFEST.tsv")),
        "Knossos corpus not found at " + dir + " (set -Dminotaur.shared): skipped");
    return dir;
  }

  /** Every history listed in MANIFEST.tsv, in its order. */
  public static List<Path> files() throws IOException {
    Path dir = dir();
    try (Stream<String> lines = Files.lines(dir.resolve("MANIFEST.tsv"))) {
      return lines.skip(1).map(l -> dir.resolve(l.split("\t")[0])).collect(Collectors.toList());
    }
  }
}
