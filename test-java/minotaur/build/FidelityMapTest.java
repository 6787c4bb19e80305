package minotaur.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/fidelity.md maps each seed's C lines to Java as {@code `file.java:N` `statement`}, the file
 * under src-java/minotaur/prim. Line N of that file must still contain the quoted statement, so an
 * edit that moves or changes a mapped line fails here instead of leaving the map silently wrong.
 */
class FidelityMapTest {
  /** A reference: file, line, statement (markdown's {@code \|} inside a table is a {@code |}). */
  private static final Pattern REF = Pattern.compile("`([\\w/]+\\.java):(\\d+)` `([^`]+)`");

  private static final Path BASE = Path.of(System.getProperty("minotaur.basedir", "."));
  private static final Path PRIM = BASE.resolve("src-java/minotaur/prim");

  @Test
  void everyMappedLineStillHoldsItsStatement() throws IOException {
    String doc = Files.readString(BASE.resolve("docs/fidelity.md"));
    List<String> problems = new ArrayList<>();
    int refs = check(doc, PRIM, problems);
    assertEquals(List.of(), problems, "docs/fidelity.md: map entries that no longer match the code");
    assertTrue(refs >= 200, "docs/fidelity.md holds only " + refs + " line references");
  }

  @Test
  void everySeedSectionHasAMap() throws IOException {
    String doc = Files.readString(BASE.resolve("docs/fidelity.md"));
    for (String seed : List.of("000", "001", "002", "003", "004")) {
      int at = doc.indexOf("\n## " + seed + " ");
      assertTrue(at >= 0, "no section for seed " + seed);
      int end = doc.indexOf("\n## ", at + 1);
      String section = doc.substring(at, end < 0 ? doc.length() : end);
      assertTrue(REF.matcher(section).find(), "seed " + seed + " has no line map");
    }
  }

  @Test
  void aMovedOrMissingStatementIsReported() {
    String doc = String.join("\n",
        "| `x` | `rcu/Rcu.java:1` `gpCtr.setVolatile(gpCtr.getPlain() + RCU_GP_CTR);` | |",
        "| `y` | `rcu/NoSuchFile.java:3` `x();` | |",
        "| `z` | `rcu/Rcu.java:100000` `x();` | |");
    List<String> problems = new ArrayList<>();
    assertEquals(3, check(doc, PRIM, problems));
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("rcu/Rcu.java:1"), problems.get(0));
  }

  /** Checks every reference of {@code doc}, adding one message per mismatch; returns how many it saw. */
  private static int check(String doc, Path root, List<String> problems) {
    Matcher m = REF.matcher(doc);
    int refs = 0;
    while (m.find()) {
      refs++;
      String file = m.group(1);
      int line = Integer.parseInt(m.group(2));
      String statement = m.group(3).replace("\\|", "|");
      Path path = root.resolve(file);
      List<String> lines;
      try {
        lines = Files.readAllLines(path);
      } catch (IOException e) {
        problems.add(file + ":" + line + ": cannot read " + path);
        continue;
      }
      if (line < 1 || line > lines.size() || !lines.get(line - 1).contains(statement)) {
        problems.add(file + ":" + line + " does not hold `" + statement + "`" + foundAt(lines, statement));
      }
    }
    return refs;
  }

  private static String foundAt(List<String> lines, String statement) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(statement)) at.add(i + 1);
    }
    return at.isEmpty() ? " (found nowhere)" : " (found at lines " + at + ")";
  }
}
