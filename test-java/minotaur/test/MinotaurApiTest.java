package minotaur.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import minotaur.cli.Families;
import minotaur.explore.MemoryModel;
import minotaur.family.Family;
import minotaur.history.BadInput;
import org.junit.jupiter.api.Test;

/** The test API by family name (through the registry service), and the tester telling a listener of each check. */
class MinotaurApiTest {
  @Test
  void aFamilyByNameFindsItsMutant() {
    TestVerdict v = Minotaur.test("xen").variant("no-kick").memoryModels("sc").budget(Duration.ofSeconds(5)).out(null)
        .assertFinds("X2");
    assertEquals("xen", v.family());
    BadInput e = assertThrows(BadInput.class, () -> Minotaur.test("xne"));
    assertTrue(e.getMessage().contains("did you mean xen"), e.getMessage());
  }

  @Test
  void theListenerHearsOfEveryCheckThatRuns() {
    Family xen = Families.named("xen");
    List<String> heard = new ArrayList<>();
    TestOptions o = TestOptions.defaults().withOut(null).withBudget(Duration.ofSeconds(2)).withStressRuns(2)
        .withModels(List.of(MemoryModel.SC));
    TestVerdict v = Tester.test(xen, xen.variant("fixed"), o, (t, model, target) -> heard.add(t.word() + " " + model + " " + target));
    List<String> ran = v.evidence().stream().filter(e -> e.result() != Evidence.Result.NOT_RUN)
        .map(e -> e.technique().word() + " " + e.model() + " " + e.target()).toList();
    assertEquals(ran, heard, v.text());
    assertTrue(heard.stream().anyMatch(h -> h.startsWith("exhaustive sc xen/fixed/")), heard.toString());
    assertTrue(heard.contains("stress real 1"), heard.toString());
  }
}
