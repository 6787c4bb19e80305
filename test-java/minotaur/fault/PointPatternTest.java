package minotaur.fault;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PointPatternTest {
  @Test void exactNameMatchesOnlyItself() {
    PointPattern p = PointPattern.of("xen.unlock.after-store");
    assertTrue(p.matches("xen.unlock.after-store"));
    assertFalse(p.matches("xen.unlock.after-store2"));
    assertFalse(p.matches("xen.unlock"));
  }

  @Test void starIsAnyRunIncludingDots() {
    PointPattern p = PointPattern.of("xen.*");
    assertTrue(p.matches("xen."));
    assertTrue(p.matches("xen.unlock.after-store"));
    assertFalse(p.matches("xenx"));
    PointPattern mid = PointPattern.of("os.*.wait@*");
    assertTrue(mid.matches("os.futex.wait@qemu_event"));
    assertTrue(mid.matches("os.cond.wait@c"));
    assertFalse(mid.matches("os.futex.wake@qemu_event"));
  }

  @Test void questionMarkIsOneCharAndOtherRegexCharsAreLiteral() {
    PointPattern p = PointPattern.of("cpu[?].kick+");
    assertTrue(p.matches("cpu[2].kick+"));
    assertFalse(p.matches("cpu[12].kick+"));
    assertFalse(p.matches("cpu2.kick"));
  }
}
