package minotaur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minotaur.history.Edn;
import minotaur.history.History;
import minotaur.history.Op;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  static final Path EXAMPLE = Path.of("histories/examples/cas-register-stale-read.edn");
  static final Path RESULT = Path.of("histories/examples/cas-register-stale-read.result.edn");

  @Test
  void explainsAKnossosShapedResult() {
    History h = History.load(EXAMPLE);
    Explanation ex = Explanation.of(Edn.readFile(RESULT), h);
    assertTrue(ex.invalid());
    assertEquals("INVALID", ex.verdict());
    assertEquals(12, ex.failing());
    assertEquals(10, ex.previousOk());
    assertEquals(2, ex.paths().size());
    for (List<Explanation.Step> path : ex.paths()) {
      Explanation.Step last = path.get(path.size() - 1);
      assertEquals(12, last.position());
      assertTrue(last.inconsistent(), last.model());
      assertTrue(last.model().startsWith("#knossos.model.Inconsistent"), last.model());
      assertFalse(path.get(0).inconsistent());
    }
    assertTrue(ex.other().stream().anyMatch(kv -> kv[0].equals(":configs")));
  }

  @Test
  void explainsAFindingNestedInARunnersResult() {
    History h = History.load(EXAMPLE);
    // The shape of minotaur.check.liveness.LostWakeupChecker's finding inside a runner's result.
    Object result = Edn.read("{:valid? false, :workload \"qemu-event\", :seed 11, :results "
        + "{:transitions {:valid? true}, :lost-wakeup {:valid? false, :lost-wakeups ["
        + "{:waiter {:type :invoke, :f :write, :value 5, :process 2, :index 16},"
        + " :ended {:type :info, :f :write, :value 5, :process 2, :index 19},"
        + " :missed-notify {:type :ok, :f :read, :value 3, :process 1, :index 18},"
        + " :around [{:type :invoke, :f :read, :process 1, :index 17}],"
        + " :message \"process 2 stayed blocked\"}]}}}", "r");
    Explanation ex = Explanation.of(result, h);
    assertTrue(ex.invalid());
    assertEquals(16, ex.failing());
    assertEquals(-1, ex.previousOk());
    assertEquals(List.of("ended 19", "missed notify 18", "message -1"),
        ex.notes().stream().map(n -> n.label() + " " + n.position()).toList());
    assertTrue(ex.other().stream().anyMatch(kv -> kv[0].equals(":around")));
    assertTrue(ex.other().stream().anyMatch(kv -> kv[0].equals(":workload")));
  }

  @Test
  void noResultAndValidResults() {
    History h = History.load(EXAMPLE);
    assertEquals("not checked", Explanation.of(null, h).verdict());
    assertEquals("valid", Explanation.of(Edn.read("{:valid? true}", "r"), h).verdict());
    Explanation unknown = Explanation.of(Edn.read("{:valid? :unknown :cause :timeout}", "r"), h);
    assertEquals("unknown", unknown.verdict());
    assertEquals(-1, unknown.failing());
  }

  @Test
  void isSelfContained() {
    String html = HtmlReport.render(History.load(EXAMPLE), Edn.readFile(RESULT), HtmlReport.Options.titled("t <&>"));
    assertTrue(html.contains("<title>t &lt;&amp;&gt;</title>"));
    for (String external : new String[] {"<link", "src=", "@import", "url(", "https://", "fetch(", "XMLHttpRequest"}) {
      assertFalse(html.contains(external), "external reference " + external);
    }
    // The only http: string is the SVG namespace name, which is never fetched.
    assertEquals(html.indexOf("http://"), html.indexOf("http://www.w3.org/2000/svg"));
    assertEquals(html.indexOf("http://"), html.lastIndexOf("http://"));
    String data = data(html);
    assertFalse(data.contains("</"), "embedded JSON must not close its script element");
    assertTrue(data.contains("\"failing\":12"), data);
    assertTrue(data.contains("\"previousOk\":10"));
    assertTrue(data.contains("\"verdict\":\"INVALID\""));
  }

  @Test
  void aValueThatLooksLikeMarkupStaysData() {
    History h = History.of("x.edn", List.of(Op.invoke(0, "write", "</script><script>alert(1)</script>"),
        Op.ok(0, "write", "</script>")));
    String html = HtmlReport.render(h, null, HtmlReport.Options.titled("x"));
    String plain = HtmlReport.render(History.of(List.of()), null, HtmlReport.Options.titled("x"));
    assertEquals(count(plain, "</script>"), count(html, "</script>"), "only the page's own scripts close");
  }

  @Test
  void aLargeHistoryIsCutToAWindowAroundTheFailingOp() {
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      ops.add(Op.invoke(i % 3, "write", (long) i).withTime(10L * i));
      ops.add(Op.ok(i % 3, "write", (long) i).withTime(10L * i + 5));
    }
    History h = History.of("big.edn", ops);
    IPersistentMap result = (IPersistentMap) Edn.read("{:valid? false :op {:type :ok, :f :write, :value 700, :process 1, :index 1401}}", "r");
    String data = data(HtmlReport.render(h, result, HtmlReport.Options.titled("big").withMaxBars(100)));
    assertEquals(100, count(data, "\"ok\",\"write "), "bars embedded");
    assertTrue(data.contains("\"totalBars\":1000"));
    assertTrue(data.contains("\"failing\":1401"));
    assertTrue(data.contains("[1,1400,1401,"), "the failing op's bar is embedded");
    String range = data(HtmlReport.render(h, null, HtmlReport.Options.titled("r").withRange(10, 19)));
    assertEquals(5, count(range, "\"ok\",\"write "));
  }

  static String data(String html) {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertTrue(m.find());
    return m.group(1);
  }

  static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
    return n;
  }
}
