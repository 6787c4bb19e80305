package minotaur.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DelayDistributionTest {
  private static final double ALMOST_ONE = Math.nextDown(1.0);

  @Test void fixed() {
    assertEquals(500, DelayDistribution.fixed(500).sample(0.7));
  }

  @Test void uniformCoversItsClosedRange() {
    DelayDistribution d = DelayDistribution.uniform(10, 20);
    assertEquals(10, d.sample(0));
    assertEquals(20, d.sample(ALMOST_ONE));
    assertEquals(15, d.sample(0.5));
  }

  @Test void exponentialHasItsMedianAndACap() {
    DelayDistribution d = DelayDistribution.exponential(1000);
    assertEquals(0, d.sample(0));
    assertEquals(693, d.sample(0.5)); // median = mean * ln 2
    assertTrue(d.sample(ALMOST_ONE) <= 20_000);
  }

  @Test void rejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> DelayDistribution.fixed(-1));
    assertThrows(IllegalArgumentException.class, () -> DelayDistribution.uniform(5, 4));
    assertThrows(IllegalArgumentException.class, () -> DelayDistribution.exponential(0));
  }
}
