package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import minotaur.progress.Progress;
import minotaur.test.Technique;
import org.junit.jupiter.api.Test;

/**
 * {@code minotaur test}'s progress on a fake terminal and a fake clock: the bar shows the variant,
 * the check running and the seconds of the whole budget used; off a terminal no bar is drawn.
 */
class TestProgressTest {
  private static final long SECOND = 1_000_000_000L;

  /** A terminal that keeps what is drawn and opens {@code seen} once a drawing contains every part. */
  private static final class FakeTerminal extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final CountDownLatch seen = new CountDownLatch(1);
    final String[] parts;

    FakeTerminal(String... parts) {
      this.parts = parts;
    }

    @Override public synchronized void write(int b) {
      bytes.write(b);
      String drawn = text();
      int line = drawn.lastIndexOf('\r');
      String last = line < 0 ? drawn : drawn.substring(line);
      for (String p : parts) {
        if (!last.contains(p)) return;
      }
      seen.countDown();
    }

    synchronized String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void theBarShowsTheCheckRunningAndTheFractionOfTheBudgetUsed() throws InterruptedException {
    AtomicLong now = new AtomicLong(0);
    FakeTerminal terminal = new FakeTerminal("xen fixed: stress real 2", "13/20");
    PrintStream out = new PrintStream(terminal, true, StandardCharsets.UTF_8);
    try (TestProgress p = new TestProgress(2, Duration.ofSeconds(10), new Progress.Display(out, true, 200), now::get)) {
      p.variant(0, "xen no-kick");
      p.checking(Technique.EXHAUSTIVE, "sc", "xen/no-kick/handover");
      now.addAndGet(4 * SECOND);
      p.variant(1, "xen fixed");
      now.addAndGet(3 * SECOND);
      p.checking(Technique.STRESS, "real", "2");
      // The second variant's 3 s after the whole first budget: 13 of 2 x 10 s.
      assertTrue(terminal.seen.await(30, TimeUnit.SECONDS), "the bar never showed it: " + terminal.text());
    }
    assertTrue(terminal.text().contains("\r"), "drawn in place: " + terminal.text());
  }

  @Test
  void offATerminalNoBarIsDrawn() {
    AtomicLong now = new AtomicLong(0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (TestProgress p = new TestProgress(1, Duration.ofSeconds(10), new Progress.Display(out, false, 200), now::get)) {
      p.variant(0, "xen fixed");
      now.addAndGet(3 * SECOND);
      p.checking(Technique.PCT, "tso", "xen/fixed/nested");
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertFalse(text.contains("\r"), "no bar: " + text);
    // Lines come every few seconds, and none for a task that ends sooner.
    text.lines().forEach(l -> assertTrue(l.startsWith("minotaur: test: ") && l.contains("/10 s"), l));
  }
}
