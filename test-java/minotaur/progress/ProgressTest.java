package minotaur.progress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line printed when standard error is not a terminal. */
class ProgressTest {
  @Test
  void theLineNamesTheTaskTheCountTheStatusAndTheTime() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Progress p = Progress.lines("xen no-kick", "ops", 10, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      p.step();
      p.step();
      p.status("generate, 1 timed out");
      assertTrue(p.line().matches("minotaur: xen no-kick: 2/10 ops, generate, 1 timed out, \\d+s"), p.line());
      p.stepTo(7);
      assertTrue(p.line().contains(": 7/10 ops"), p.line());
    }
  }

  @Test
  void anUnknownTotalShowsTheCountAlone() {
    try (Progress p = Progress.lines("explore", "schedules", 0, new PrintStream(new ByteArrayOutputStream()))) {
      p.stepTo(41);
      assertTrue(p.line().startsWith("minotaur: explore: 41 schedules, "), p.line());
    }
  }
}
