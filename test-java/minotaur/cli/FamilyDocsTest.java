package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The docs' generated expectation tables match the descriptors. */
class FamilyDocsTest {
  private static final Path DOCS = Path.of(System.getProperty("minotaur.basedir", "."), "docs");

  @Test
  void docsMatchTheDescriptors() {
    for (String doc : FamilyDocs.DOCS.keySet()) {
      String text = FamilyDocs.read(DOCS.resolve(doc));
      assertTrue(text.contains(FamilyDocs.BEGIN), "docs/" + doc + " has no generated tables; run: " + FamilyDocs.COMMAND);
      assertEquals(FamilyDocs.regenerate(text, FamilyDocs.DOCS.get(doc)), text,
          "docs/" + doc + " drifted from the family descriptors; regenerate with: mvn -q package -DskipTests && "
              + FamilyDocs.COMMAND);
    }
  }

  @Test
  void aDriftedTableIsCaught() {
    String text = FamilyDocs.regenerate("# doc\n", List.of("xen"));
    String drifted = text.replace("| no-kick |", "| no-kick-renamed |");
    assertTrue(!FamilyDocs.regenerate(drifted, List.of("xen")).equals(drifted), "the drift test can fail");
    assertEquals(text, FamilyDocs.regenerate(text, List.of("xen")), "regenerating is idempotent");
  }
}
