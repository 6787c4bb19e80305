package minotaur.cli;

import static minotaur.cli.RunCommandTest.captured;
import static minotaur.cli.RunCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import minotaur.family.Family;
import minotaur.family.Variant;
import minotaur.history.BadInput;
import minotaur.history.DurationText;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;
import org.junit.jupiter.api.Test;

/**
 * The {@code -D} keys of every workload, driven from each family's declaration ({@link
 * Family#workloadOptions()}) so that a new key or family is covered without touching this test:
 * each declared key is accepted at its default and is read (a bad value is refused naming it),
 * each old key still works with its deprecation line, and a key nobody declared is bad input.
 */
class WorkloadOptionKeysTest {
  private static final int THREADS = 4;

  /** Builds {@code f}'s default workload with {@code extra}; what it printed on standard error. */
  private static String build(Family f, Map<String, String> extra) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      f.workload(new WorkloadOptions(null, THREADS, 1, extra));
    } finally {
      System.setErr(saved);
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyDeclaredKeyIsAcceptedAtItsDefaultAndRead() {
    int keys = 0;
    for (Family f : Families.all()) {
      for (WorkloadOption o : f.workloadOptions()) {
        String what = f.name() + " -D " + o.key();
        assertEquals("", build(f, Map.of(o.key(), o.dflt())), what + " at its default says nothing");
        BadInput bad = assertThrows(BadInput.class, () -> build(f, Map.of(o.key(), "?bad?")),
            what + "=?bad? must be refused, or the workload does not read the key it declares");
        assertTrue(bad.getMessage().contains(o.key()) && !bad.getMessage().contains("unknown option"),
            what + ": " + bad.getMessage());
        keys++;
      }
    }
    assertTrue(keys >= 15, "the families declare their keys: " + keys);
  }

  @Test
  void everyOldKeyStillWorksWithItsDeprecationLine() {
    int old = 0;
    for (Family f : Families.all()) {
      for (WorkloadOption o : f.workloadOptions()) {
        if (o.oldKey() == null) continue;
        long n = DurationText.parse(o.dflt()).dividedBy(Duration.of(1, o.oldUnit()));
        String err = build(f, Map.of(o.oldKey(), Long.toString(n)));
        assertTrue(err.contains("'-D " + o.oldKey() + "=" + n + "' is deprecated, use '-D " + o.key() + "="),
            f.name() + " -D " + o.oldKey() + ": " + err);
        old++;
      }
    }
    assertTrue(old >= 5, "the old unit-in-key spellings are declared: " + old);
  }

  @Test
  void anUndeclaredKeyIsBadInputInEveryFamily() {
    for (Family f : Families.all()) {
      BadInput e = assertThrows(BadInput.class, () -> build(f, Map.of("no-such-key", "1")), f.name());
      assertTrue(e.getMessage().startsWith("unknown option -D no-such-key of workload " + f.name()), e.getMessage());
    }
  }

  /** The options a variant's declared run check passes (test's stress runs use them) are known keys. */
  @Test
  void everyDeclaredRunCheckUsesKnownKeys() {
    for (Family f : Families.all()) {
      for (Variant v : f.variants()) {
        if (v.run() == null) continue;
        WorkloadOption.requireKnown(f.name(), f.workloadOptions(), v.run().extra());
      }
    }
  }

  @Test
  void aMisspelledKeyIsOneLineExitThreeWithTheClosestKeys() {
    assertEquals(Exit.BAD_INPUT, run("run", "qemu-event", "--print-faults", "-D", "dealy=50us"));
    assertEquals("minotaur: unknown option -D dealy of workload qemu-event; did you mean delay?"
        + " (known: flavour, delay-p, delay; run qemu-event --list-options describes them)", captured[1].strip());
    assertEquals(Exit.BAD_INPUT, run("run", "xen", "--print-faults", "-o", "fualt-p=0.1"));
    assertTrue(captured[1].contains("unknown option -D fualt-p of workload xen; did you mean fault-p"), captured[1]);
    assertEquals(Exit.BAD_INPUT, run("run", "rcu", "--print-faults", "-D", "delay=fast"));
    assertEquals("minotaur: option delay must be a duration with its unit, e.g. 50us, 500ms or 10s, got 'fast'",
        captured[1].strip());
  }

  @Test
  void listOptionsShowsEveryKeyWithItsDefault() {
    assertEquals(Exit.HOLDS, run("run", "--list-options"));
    for (Family f : Families.all()) {
      assertTrue(captured[0].contains(f.name() + "\n"), f.name() + " in " + captured[0]);
      for (WorkloadOption o : f.workloadOptions()) {
        assertTrue(captured[0].contains("  -D " + o.key() + "=" + o.dflt() + "  "), o.key() + " in " + captured[0]);
      }
    }
    assertEquals(Exit.HOLDS, run("run", "rcu", "--list-options"));
    assertTrue(captured[0].startsWith("rcu\n  -D delay-p=0.3  "), captured[0]);
  }
}
