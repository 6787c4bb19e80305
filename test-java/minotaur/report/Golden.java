package minotaur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison. Expected text lives in {@code test-resources/golden/}; to regenerate
 * after an intended change run {@code mvn test -Dtest='Inspect*' -Dminotaur.golden.update=true}
 * and review the diff.
 */
final class Golden {
  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = Path.of(System.getProperty("minotaur.basedir", "."), "test-resources", "golden", name);
    try {
      if (Boolean.getBoolean("minotaur.golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(missing " + file + ")";
      assertEquals(expected, actual, "golden file " + file + " (regenerate with -Dminotaur.golden.update=true)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
