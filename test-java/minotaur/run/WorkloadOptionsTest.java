package minotaur.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import minotaur.history.BadInput;
import org.junit.jupiter.api.Test;

/**
 * Workload options: durations with units in the value, the old unit-in-key spelling deprecated, bad
 * values named, unknown keys refused with the closest known ones.
 */
class WorkloadOptionsTest {
  private static WorkloadOptions with(String key, String value) {
    return new WorkloadOptions(null, 2, 1, Map.of(key, value));
  }

  private static final WorkloadOption DELAY = WorkloadOption.duration("delay", "2ms", "delay-us", ChronoUnit.MICROS, "d");
  private static final WorkloadOption QUIESCE_TIMEOUT =
      WorkloadOption.duration("quiesce-timeout", "1s", "quiesce-timeout-ms", ChronoUnit.MILLIS, "q");

  private static Duration delay(WorkloadOptions o) {
    return o.durationOption(DELAY);
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
        with("quiesce-timeout", "5s").durationOption(QUIESCE_TIMEOUT));
    assertEquals(Duration.ofMillis(10_500),
        with("linear-limit", "10500ms").durationOption(
            WorkloadOption.duration("linear-limit", "1s", "linear-limit-s", ChronoUnit.SECONDS, "l")));
    assertEquals(Duration.ofNanos(200_000),
        with("max-pause", "200us").durationOption(
            WorkloadOption.duration("max-pause", "1ns", "max-pause-us", ChronoUnit.MICROS, "m")));
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
    var ms = stderrOf(() -> with("quiesce-timeout-ms", "5000").durationOption(QUIESCE_TIMEOUT));
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
    WorkloadOption p = WorkloadOption.of("delay-p", "0.3", "p");
    for (String bad : new String[] {"fast", "1.5", "-0.1", "NaN"}) {
      BadInput e = assertThrows(BadInput.class, () -> with("delay-p", bad).probabilityOption(p), bad);
      assertTrue(e.getMessage().startsWith("option delay-p must be"), e.getMessage());
    }
    assertEquals(0.3, new WorkloadOptions(null, 2, 1, Map.of()).probabilityOption(p));
  }

  @Test
  void anUnknownKeyNamesItTheClosestKeysAndAllOfThem() {
    BadInput e = assertThrows(BadInput.class,
        () -> with("dealy", "50us").requireKnown("w", List.of(WorkloadOption.of("delay-p", "0.3", "p"), DELAY)));
    assertEquals("unknown option -D dealy of workload w; did you mean delay? (known: delay-p, delay;"
        + " run w --list-options describes them)", e.getMessage());
    with("delay-us", "5").requireKnown("w", List.of(DELAY));
    BadInput none = assertThrows(BadInput.class, () -> with("delay", "5us").requireKnown("w", List.of()));
    assertEquals("unknown option -D delay of workload w (it takes no -D option)", none.getMessage());
  }
}
