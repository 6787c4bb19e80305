package minotaur.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BadInputTest {
  private static final List<String> WORKLOADS =
      List.of("aio", "cas-register", "exclusive", "qemu-event", "rcu", "timer-list", "xen");

  @Test void namesTheThreeClosestAndTheList() {
    BadInput e = BadInput.unknownName("workload", "timer-lst", WORKLOADS, "run --list");
    assertEquals("unknown workload 'timer-lst'; did you mean timer-list? (run --list shows all)",
        e.getMessage());
  }

  @Test void offersNothingFarOff() {
    assertEquals("unknown model 'zzzzzz' (check --list-models shows all)",
        BadInput.unknownName("model", "zzzzzz", WORKLOADS, "check --list-models").getMessage());
  }

  @Test void offersNamesThatContainIt() {
    assertEquals(List.of("xen", "exclusive"), BadInput.closest("x", List.of("exclusive", "xen", "rcu"), 3));
  }

  @Test void ignoresCase() {
    assertEquals(List.of("qemu-event"), BadInput.closest("QEMU-EVNT", WORKLOADS, 1));
  }

  @Test void distanceIsLevenshtein() {
    assertEquals(3, BadInput.distance("kitten", "sitting"));
    assertEquals(0, BadInput.distance("", ""));
    assertEquals(4, BadInput.distance("", "abcd"));
  }
}
