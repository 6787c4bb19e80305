package minotaur.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one duration syntax of options: a whole number and its unit, nothing guessed. */
class DurationTextTest {
  @Test
  void everyUnit() {
    assertEquals(Duration.ofNanos(7), DurationText.parse("7ns"));
    assertEquals(Duration.ofNanos(50_000), DurationText.parse("50us"));
    assertEquals(Duration.ofMillis(500), DurationText.parse(" 500ms "));
    assertEquals(Duration.ofSeconds(10), DurationText.parse("10s"));
    assertEquals(Duration.ofMinutes(2), DurationText.parse("2m"));
    assertEquals(Duration.ofHours(1), DurationText.parse("1h"));
  }

  @Test
  void aBareNumberIsRefusedWithAHint() {
    BadInput e = assertThrows(BadInput.class, () -> DurationText.parse("10"));
    assertEquals("bad duration '10': expected e.g. 500ms, 10s, 2m (add a unit: 10s or 10ms)", e.getMessage());
  }

  @Test
  void junkAndOverflowAreBadInput() {
    for (String bad : new String[] {"", "s", "1.5s", "-1s", "1 day", "10S", "9999999999999999h"}) {
      assertThrows(BadInput.class, () -> DurationText.parse(bad), bad);
    }
  }
}
