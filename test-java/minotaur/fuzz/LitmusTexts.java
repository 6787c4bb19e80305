package minotaur.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The litmus files under {@code test-resources/litmus}, damaged: C and herd7 tokens inserted
 * (deep runs of parentheses and unary operators among them), lines cut, repeated and moved.
 */
final class LitmusTexts {
  private LitmusTexts() {}

  static final Path DIR = Path.of(System.getProperty("minotaur.basedir", "."), "test-resources", "litmus");

  /** The files' paths and texts, sorted by name so a seed picks the same file on every machine. */
  static final List<Path> FILES = list();

  static final List<String> NASTY = List.of("{", "}", "(", ")", ";", ",", "*", "&", "-", "!", "~", "=", "==", "!=",
      "/\\", "\\/", "P0", "P1", "P2", "P99999999999", "P-1", "exists", "~exists", "forall", "locations [x;]", "0:r0=",
      "1:r9=1", "x=", "99999999999999999999", "-2147483648", "atomic_load_explicit(", "atomic_store_explicit(x, 1, ",
      "memory_order_acquire", "memory_order_bogus", "atomic_fetch_add_explicit(x, 1, memory_order_relaxed);",
      "atomic_compare_exchange_strong_explicit(", "while (1) {", "if (", "else", "int r0 = ", "r0 = r0 + 1;",
      "atomic_thread_fence(memory_order_seq_cst);", "(*", "*)", "\"", "'", "\\", "\u0000", "\t", "é", "//", "/*",
      "C", "C x", "[x]", "atomic_int", "__int128", "{ x = 0; }", "(".repeat(20_000), "!".repeat(20_000),
      "-".repeat(20_000), "*".repeat(20_000), "~".repeat(20_000), "{".repeat(20_000), "(" .repeat(300));

  private static List<Path> list() {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".litmus")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String damaged(Gen g) {
    return Damage.of(g, text(g.oneOf(FILES)), NASTY);
  }
}
