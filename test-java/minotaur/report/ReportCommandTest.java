package minotaur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minotaur report}: checks with the real checker or reads a result, writes the page, exits by verdict. */
class ReportCommandTest {
  @Test
  void checksWithTheModelAndExits1OnAViolation(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.html");
    Object[] r = InspectGoldenTest.run("report", InspectGoldenTest.EXAMPLE, "--model", "cas-register", "--init", "0", "-o", out.toString());
    assertEquals(1, r[0], (String) r[2]);
    assertEquals(out + " (INVALID)\n", r[1]);
    String data = HtmlReportTest.data(Files.readString(out));
    assertTrue(data.contains("\"failing\":12"), "the checker's failing op is the stale read");
  }

  @Test
  void aLinearizableHistoryExits0(@TempDir Path dir) {
    Object[] r = InspectGoldenTest.run("report", "histories/examples/cas-register-linearizable.edn", "--model",
        "cas-register", "--init", "0", "-o", dir.resolve("r.html").toString());
    assertEquals(0, r[0], (String) r[2]);
    assertTrue(((String) r[1]).endsWith("(valid)\n"));
  }

  @Test
  void explainsAResultFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.html");
    Object[] r = InspectGoldenTest.run("report", InspectGoldenTest.EXAMPLE, "--result",
        "histories/examples/cas-register-stale-read.result.edn", "-o", out.toString());
    assertEquals(1, r[0], (String) r[2]);
    assertTrue(Files.readString(out).contains("can't read 2 from register 4"));
  }

  @Test
  void withoutResultItExits0(@TempDir Path dir) {
    Object[] r = InspectGoldenTest.run("report", InspectGoldenTest.EXAMPLE, "-o", dir.resolve("r.html").toString());
    assertEquals(0, r[0], (String) r[2]);
    assertTrue(((String) r[1]).endsWith("(not checked)\n"));
  }

  @Test
  void badInputExits3WithOneLine(@TempDir Path dir) throws Exception {
    Object[] unknownModel = InspectGoldenTest.run("report", InspectGoldenTest.EXAMPLE, "--model", "no-such-model",
        "-o", dir.resolve("r.html").toString());
    assertEquals(3, unknownModel[0]);
    assertEquals(1, ((String) unknownModel[2]).strip().split("\n").length, (String) unknownModel[2]);
    Path bad = dir.resolve("bad.result.edn");
    Files.writeString(bad, "{:valid? false\n :op {:index 3");
    Object[] badResult = InspectGoldenTest.run("report", InspectGoldenTest.EXAMPLE, "--result", bad.toString());
    assertEquals(3, badResult[0]);
    assertTrue(((String) badResult[2]).startsWith("minotaur: " + bad + ":2: malformed EDN"), (String) badResult[2]);
    assertEquals(3, InspectGoldenTest.run("report", InspectGoldenTest.EXAMPLE, "--model", "cas-register",
        "--result", bad.toString())[0]);
    for (String[] limit : new String[][] {{"--max-ops", "-1"}, {"--max-configs", "-5"}}) {
      Object[] r = InspectGoldenTest.run("report", InspectGoldenTest.EXAMPLE, "--model", "cas-register", "--init", "0",
          limit[0], limit[1], "-o", dir.resolve("r.html").toString());
      assertEquals(3, r[0], limit[0]);
      assertTrue(((String) r[2]).startsWith("minotaur: " + limit[0] + " must be at least "), "no stack trace: " + r[2]);
      assertEquals(1, ((String) r[2]).strip().lines().count(), (String) r[2]);
    }
  }

  /** {@code --from} and {@code --to} are inspect's bounds: an index or a time since the first event. */
  @Test
  void fromAndToTakeAnIndexOrATime(@TempDir Path dir) throws Exception {
    StringBuilder edn = new StringBuilder("[\n");
    for (int i = 0; i < 20; i++) {
      edn.append("{:type :invoke, :f :write, :value ").append(i).append(", :process ").append(i % 3)
          .append(", :time ").append(10 * i).append("}\n");
      edn.append("{:type :ok, :f :write, :value ").append(i).append(", :process ").append(i % 3)
          .append(", :time ").append(10 * i + 5).append("}\n");
    }
    Path history = dir.resolve("h.edn");
    Files.writeString(history, edn.append("]\n"));
    Path html = dir.resolve("r.html");
    for (String[] range : new String[][] {{"10", "19"}, {"50ns", "95ns"}}) {
      Object[] r = InspectGoldenTest.run("report", history.toString(), "--from", range[0], "--to", range[1], "-o", html.toString());
      assertEquals(0, r[0], (String) r[2]);
      assertEquals(5, HtmlReportTest.count(HtmlReportTest.data(Files.readString(html)), "\"ok\",\"write "), String.join(" ", range));
    }
    Object[] bad = InspectGoldenTest.run("report", history.toString(), "--from", "soon", "-o", html.toString());
    assertEquals(3, bad[0]);
    assertTrue(((String) bad[2]).startsWith("minotaur: --from: bad bound 'soon'"), (String) bad[2]);
  }
}
