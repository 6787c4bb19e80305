package minotaur.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderTest {
  @Test
  void recordsEveryOpAsOneFlushedLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("runs/h.edn");
    try (Recorder rec = Recorder.toFile(file)) {
      rec.record(Op.invoke(0, "write", 1L));
      // Flushed before close: a reader sees the op while the run goes on.
      assertEquals(1, HistoryReader.readAll(file).size());
      rec.record(Op.ok(0, "write", 1L));
      assertEquals(2, rec.ops().size());
    }
    List<String> lines = Files.readAllLines(file);
    assertEquals("{:type :invoke, :f :write, :value 1, :process 0, :index 0}", lines.get(0));
    History h = History.load(file);
    assertEquals(1, h.partner(0));
  }

  @Test
  void aKilledRecordersPartialLineIsReportedAndCanBeDropped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("killed.edn");
    try (Recorder rec = Recorder.toFile(file)) {
      rec.record(Op.invoke(0, "read", null));
      rec.record(Op.ok(0, "read", 3L));
      rec.record(Op.invoke(1, "write", 4L));
    }
    // What a kill during the next write leaves: the start of a line and no newline.
    Files.writeString(file, "{:type :ok, :f :write, :val", StandardOpenOption.APPEND);
    HistoryException e = assertThrows(HistoryException.class, () -> History.load(file));
    assertEquals(file + ":4: truncated last line (was the recorder killed?): {:type :ok, :f :write, :val", e.getMessage());
    History h = History.loadLenient(file);
    assertEquals(3, h.size());
    assertEquals(List.of(file + ":4: dropped truncated last line: {:type :ok, :f :write, :val"), h.warnings());
    assertEquals(2, h.pending()[0]);
  }

  @Test
  void aRecorderKilledMidRunLosesNoAcknowledgedOp(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("child.edn");
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", cp, RecorderChild.class.getName(), file.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long acknowledged = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (int i = 0; i < 2_000; i++) acknowledged = Long.parseLong(out.readLine());
      // SIGKILL mid-run: no shutdown hook, no close; only what each record() flushed survives.
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }
    History h = History.loadLenient(file);
    assertTrue(h.size() > acknowledged, "acknowledged op " + acknowledged + " missing; loaded " + h.size()
        + " ops; warnings " + h.warnings());
    assertEquals(acknowledged, h.get((int) acknowledged).index());
    assertTrue(h.get((int) acknowledged).isOk());
  }
}
