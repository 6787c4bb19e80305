package minotaur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexPageTest {
  @Test
  void listsEachHistoryWithVerdictSeedDurationAndRelativeLinks(@TempDir Path dir) throws Exception {
    Path runs = dir.resolve("runs");
    List<IndexPage.Entry> entries = List.of(
        new IndexPage.Entry("xen-spinlock SEED", runs.resolve("a.edn"), runs.resolve("a.result.edn"),
            runs.resolve("a.html"), false, 7, Duration.ofMillis(1500), "not linearizable at index 12"),
        new IndexPage.Entry("xen-spinlock FIXED <x>", runs.resolve("b.edn"), null, null, true, 8, Duration.ofMillis(20), null),
        new IndexPage.Entry("rcu SEED", runs.resolve("c.edn"), null, null, Keyword.intern("unknown"), 9, null, null));
    Path page = IndexPage.write(dir, entries);
    String html = Files.readString(page);
    assertEquals(dir.resolve("index.html"), page);
    assertTrue(html.contains("3 histories: 1 invalid, 1 valid, 1 unknown"), html);
    assertTrue(html.contains("<a href=\"runs/a.html\">report</a>"));
    assertTrue(html.contains("<a href=\"runs/b.edn\">history</a>"));
    assertTrue(html.contains("<span class=\"v INVALID\">INVALID</span>"));
    assertTrue(html.contains("<code>7</code>") && html.contains("1.500 s"));
    assertTrue(html.contains("xen-spinlock FIXED &lt;x&gt;"));
    assertEquals(3, HtmlReportTest.count(html, "<tr data-verdict="));
  }
}
