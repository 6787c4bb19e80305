package minotaur.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Supplier;
import minotaur.history.BadInput;
import org.junit.jupiter.api.Test;

/** Workload duration options: units in the value, the old unit-in-key spelling deprecated, bad values named. */
class WorkloadOptionsTest {
  private static WorkloadOptions with(String key, String value) {
    return new WorkloadOptions(null, 2, 1, Map.of(key, value));
  }

  private static Duration delay(WorkloadOptions o) {
    return o.durationOption("delay", Duration.ofMillis(2), "delay-us", ChronoUnit.MICROS);
  }

  /** What {@code body} returns, and what it printed on standard error. */
  private static <T> Map.Entry<T, String> stderrOf(Supplier<T> body) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      T value = body.get();
      return Map.entry(value, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void eachKeyTakesItsValueWithAUnit() {
    assertEquals(Duration.ofNanos(50_000), delay(with("delay", "50us")));
    assertEquals(Duration.ofSeconds(5),
        with("quiesce-timeout", "5s").durationOption("quiesce-timeout", Duration.ofSeconds(1), "quiesce-timeout-ms",
            ChronoUnit.MILLIS));
    assertEquals(Duration.ofMillis(10_500),
        with("linear-limit", "10500ms").durationOption("linear-limit", Duration.ofSeconds(1), "linear-limit-s",
            ChronoUnit.SECONDS));
    assertEquals(Duration.ofNanos(200_000),
        with("max-pause", "200us").durationOption("max-pause", Duration.ofNanos(1), "max-pause-us", ChronoUnit.MICROS));
  }

  @Test
  void absentIsTheDefaultAndSaysNothing() {
    var r = stderrOf(() -> delay(new WorkloadOptions(null, 2, 1, Map.of("fault-p", "0.1"))));
    assertEquals(Duration.ofMillis(2), r.getKey());
    assertEquals("", r.getValue());
  }

  @Test
  void theOldKeyStillWorksWithOneDeprecationLineNamingTheNewOne() {
    var r = stderrOf(() -> delay(with("delay-us", "50")));
    assertEquals(Duration.ofNanos(50_000), r.getKey());
    assertEquals("minotaur: '-D delay-us=50' is deprecated, use '-D delay=50us' (the old name goes in the next release)",
        r.getValue().strip());
    var ms = stderrOf(() -> with("quiesce-timeout-ms", "5000")
        .durationOption("quiesce-timeout", Duration.ofSeconds(1), "quiesce-timeout-ms", ChronoUnit.MILLIS));
    assertEquals(Duration.ofSeconds(5), ms.getKey());
    assertTrue(ms.getValue().contains("use '-D quiesce-timeout=5000ms'"), ms.getValue());
  }

  @Test
  void badValuesNameTheKeyAndTheExpectedForm() {
    for (String bad : new String[] {"50", "50 parsecs", "-5us", "1.5s", "", "99999999999999h"}) {
      BadInput e = assertThrows(BadInput.class, () -> delay(with("delay", bad)), bad);
      assertEquals("option delay must be a duration with its unit, e.g. 50us, 500ms or 10s, got '" + bad + "'",
          e.getMessage());
    }
    BadInput old = assertThrows(BadInput.class, () -> delay(with("delay-us", "50us")));
    assertTrue(old.getMessage().startsWith("option delay-us must be a whole number of us"), old.getMessage());
    BadInput both = assertThrows(BadInput.class,
        () -> delay(new WorkloadOptions(null, 2, 1, Map.of("delay", "5us", "delay-us", "5"))));
    assertTrue(both.getMessage().contains("give only delay"), both.getMessage());
  }
}
