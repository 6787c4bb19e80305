package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import minotaur.family.Variant;
import minotaur.history.BadInput;
import org.junit.jupiter.api.Test;

/** {@code --variant}: a name across families, 'correct' and 'mutants' read under the chosen models. */
class VariantSelectionTest {
  private static final List<String> SC = List.of("sc");
  private static final List<String> SC_TSO = List.of("sc", "tso");

  @Test
  void aNameRunsWhereItExistsAndTheRestAreNamedOnOneLine() {
    VariantSelection s = VariantSelection.of(Families.all(), "FIXED", SC);
    assertEquals(List.of("qemu-event", "rcu", "timer-list", "xen"), s.picks().stream().map(p -> p.family().name()).toList());
    assertEquals(4, s.size());
    assertEquals("no variant 'FIXED' in aio, cas-register, exclusive (skipped)", s.skipped());
  }

  @Test
  void correctAndMutantsFollowTheDeclarationsUnderTheModels() {
    // unlock-no-mb loses a wakeup only under TSO and weaker: correct under sc, a mutant under sc+tso.
    assertTrue(names("xen", "correct", SC).contains("unlock-no-mb"));
    assertTrue(names("xen", "mutants", SC_TSO).contains("unlock-no-mb"));
    assertTrue(names("xen", "correct", SC_TSO).contains("fixed"));
    assertTrue(!names("xen", "correct", SC_TSO).contains("no-kick"));
    assertTrue(names("xen", "mutants", SC).contains("no-kick"));
    // Inconclusive under every model, it holds in its declared stress run.
    assertTrue(names("xen", "correct", SC_TSO).contains("before"));
    assertEquals(List.of("mutant"), names("cas-register", "mutants", SC));
  }

  @Test
  void aFamilyNamedAloneWithAVariantOfThatNameMeansTheVariant() {
    // rcu's variant 'correct' is declared violated under ra: the selector would pick nothing.
    assertEquals(List.of("correct"), names("rcu", "correct", List.of("ra")));
    // Across families the word is the selector: under ra it picks rcu's fixed, not 'correct'.
    VariantSelection all = VariantSelection.of(Families.all(), "correct", List.of("ra"));
    List<String> rcu = all.picks().stream().filter(p -> p.family().name().equals("rcu"))
        .flatMap(p -> p.variants().stream()).map(Variant::name).toList();
    assertEquals(List.of("fixed"), rcu);
  }

  @Test
  void nothingPickedIsBadInputWithTheClosestNames() {
    BadInput e = assertThrows(BadInput.class, () -> VariantSelection.of(Families.all(), "no-kik", SC));
    assertTrue(e.getMessage().contains("did you mean no-kick"), e.getMessage());
    BadInput one = assertThrows(BadInput.class, () -> VariantSelection.of(List.of(Families.named("xen")), "fixd", SC));
    assertTrue(one.getMessage().contains("did you mean fixed"), one.getMessage());
    assertNull(VariantSelection.of(Families.all(), "all", SC).skipped());
  }

  private static List<String> names(String family, String spec, List<String> models) {
    return VariantSelection.of(List.of(Families.named(family)), spec, models).picks().stream()
        .flatMap(p -> p.variants().stream()).map(Variant::name).toList();
  }
}
