package minotaur.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of the product says, in its package-info.java, what it is for and what it may import. */
class PackageInfoTest {
  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Path src = Path.of(System.getProperty("minotaur.basedir", "."), "src-java");
    List<String> missing;
    List<Path> packages;
    try (Stream<Path> dirs = Files.walk(src)) {
      packages = dirs.filter(Files::isDirectory).filter(PackageInfoTest::holdsJava).toList();
    }
    missing = packages.stream()
        .filter(d -> !Files.exists(d.resolve("package-info.java")))
        .map(d -> src.relativize(d).toString().replace('/', '.'))
        .toList();
    assertFalse(packages.isEmpty(), "no package found under " + src);
    assertEquals(List.of(), missing, "packages without package-info.java");
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
