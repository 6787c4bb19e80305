package minotaur.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium driven through its command line: {@code --dump-dom} gives the DOM after the
 * page's scripts ran, {@code --screenshot} a PNG. Each run gets a fresh profile directory and no
 * network features. The binary is {@code $MINOTAUR_CHROMIUM}, else {@code chromium},
 * {@code chromium-browser} or {@code google-chrome} on the PATH; tests skip when none is found.
 */
final class Chromium {
  private static final String[] NAMES = {"chromium", "chromium-browser", "google-chrome"};
  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /** The browser, or a skipped test saying how to get one. */
  static Chromium findOrSkip() {
    Path found = find();
    Assumptions.assumeTrue(found != null, "no headless Chromium found (install Debian's 'chromium' package"
        + " or set MINOTAUR_CHROMIUM): browser test skipped");
    return new Chromium(found);
  }

  private static Path find() {
    String env = System.getenv("MINOTAUR_CHROMIUM");
    if (env != null && Files.isExecutable(Path.of(env))) return Path.of(env);
    String path = System.getenv("PATH");
    if (path == null) return null;
    for (String name : NAMES) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) return p;
      }
    }
    return null;
  }

  /** The page's DOM after its scripts ran. */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, "--dump-dom");
  }

  /** Saves a screenshot of the page at the given window size. */
  void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    Files.createDirectories(png.getParent());
    run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars");
  }

  private String run(Path page, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("minotaur-chromium");
    try {
      List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--user-data-dir=" + profile));
      cmd.addAll(List.of(args));
      cmd.add(page.toAbsolutePath().toUri().toString());
      Path err = profile.resolve("stderr.txt");
      Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("chromium did not finish in 120 s: " + cmd);
      }
      if (p.exitValue() != 0) {
        throw new IOException("chromium exited " + p.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
