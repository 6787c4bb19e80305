package minotaur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minotaur.history.KnossosCorpus;
import org.junit.jupiter.api.Test;

/**
 * Opens generated reports in headless Chromium as a user would: the page renders without script
 * errors, the op the checker could not linearize is drawn and highlighted, and a screenshot is
 * saved under {@code target/browser/}. To regenerate the screenshot, run
 * {@code mvn test -Dtest=ReportBrowserTest} and look at {@code target/browser/*.png}.
 */
class ReportBrowserTest {
  static final Path OUT = Path.of(System.getProperty("minotaur.basedir", "."), "target", "browser");

  /** Writes the report with the real checker; returns the page. */
  private static Path report(String history, String model, String name) {
    Path page = OUT.resolve(name + ".html");
    Object[] r = InspectGoldenTest.run("report", history, "--model", model, "-o", page.toString());
    assertEquals(1, r[0], "expected a violation: " + r[2]);
    return page;
  }

  private static String failingRect(String dom, String completionIndex) {
    Matcher m = Pattern.compile("<rect id=\"op-\\d+\" class=\"([^\"]*)\" data-bar=\"\\d+\" data-completion=\""
        + completionIndex + "\"").matcher(dom);
    assertTrue(m.find(), "no bar for the op completed at index " + completionIndex);
    return m.group(1);
  }

  private static void assertRenderedWithoutErrors(String dom) {
    assertFalse(dom.contains("data-errors="), "script errors: " + attribute(dom, "data-errors"));
    assertTrue(dom.contains("data-rendered=\"true\""), "the timeline was not rendered");
  }

  private static String attribute(String dom, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
    return m.find() ? m.group(1) : "";
  }

  @Test
  void theStaleReadIsDrawnAndHighlighted() throws Exception {
    Chromium chromium = Chromium.findOrSkip();
    Path page = report(InspectGoldenTest.EXAMPLE, "cas-register", "stale-read");
    String dom = chromium.dumpDom(page);
    assertRenderedWithoutErrors(dom);
    assertEquals("12", attribute(dom, "data-failing"));
    String cls = failingRect(dom, "12");
    assertTrue(cls.contains("failing"), cls);
    assertTrue(failingRect(dom, "13").contains("concurrent"), "the failed cas [3 4] overlaps the read");
    assertTrue(dom.contains("class=\"band\""), "the failing op's window is shaded");
    assertTrue(dom.contains("can't read 2 from register 3"), "the checker's explanation is shown");
    Path png = OUT.resolve("stale-read.png");
    chromium.screenshot(page, png, 1400, 760);
    assertTrue(Files.size(png) > 10_000, "screenshot " + png);
    System.out.println("report screenshot: " + png);
  }

  @Test
  void knossosRethinkFailMinimalIsHighlightedAtIndex4() throws Exception {
    Chromium chromium = Chromium.findOrSkip();
    Path file = KnossosCorpus.dir().resolve("cas-register/bad/rethink-fail-minimal.edn");
    String dom = chromium.dumpDom(report(file.toString(), "cas-register", "rethink-fail-minimal"));
    assertRenderedWithoutErrors(dom);
    assertTrue(failingRect(dom, "4").contains("failing"));
  }

  @Test
  void aScriptErrorOnThePageIsCaught() throws Exception {
    Chromium chromium = Chromium.findOrSkip();
    Path page = report(InspectGoldenTest.EXAMPLE, "cas-register", "broken");
    String html = Files.readString(page).replace("var D = JSON.parse(", "var D = JSON.parse(undefinedName + ");
    Files.writeString(page, html);
    String dom = chromium.dumpDom(page);
    assertTrue(attribute(dom, "data-errors").contains("undefinedName"), "the page's error capture missed it");
    assertFalse(dom.contains("data-rendered=\"true\""));
  }
}
