package minotaur.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A campaign's scratch directory, for the files its command-line cases read and write. */
final class Scratch {
  private Scratch() {}

  static Path create() throws IOException {
    return Files.createTempDirectory("minotaur-fuzz");
  }

  /**
   * Writes {@code text} as UTF-8, a lone surrogate (a flipped bit can make one) as '?', as an
   * editor would save it.
   */
  static Path write(Path file, String text) {
    try {
      return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) throws IOException {
    if (dir == null) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
