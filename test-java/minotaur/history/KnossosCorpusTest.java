package minotaur.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.EdnReader;
import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.Util;
import java.io.IOException;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every history of the Knossos corpus loads unchanged (compared with Clojure's reader reading the
 * whole file as one collection), validates, and survives a write/read round trip in both layouts.
 */
class KnossosCorpusTest {
  @Test
  void everyFileLoadsUnchangedAndRoundTrips(@TempDir Path tmp) throws IOException {
    List<Path> files = KnossosCorpus.files();
    assertEquals(122, files.size());
    long total = 0;
    for (Path file : files) {
      List<Op> ops = HistoryReader.readAll(file);
      assertSameAsClojureReads(file, ops);
      History.load(file);
      for (HistoryWriter.Layout layout : HistoryWriter.Layout.values()) {
        Path copy = tmp.resolve(layout + ".edn");
        HistoryWriter.write(copy, ops, layout);
        assertEquals(ops, HistoryReader.readAll(copy), file + " via " + layout);
      }
      total += ops.size();
    }
    assertEquals(48_500, total, "ops in the corpus (README.md)");
  }

  /** Each op's map has exactly the file's keys and values, plus :index (its position) and :value nil when absent. */
  private static void assertSameAsClojureReads(Path file, List<Op> ops) throws IOException {
    List<?> forms;
    try (PushbackReader r = new PushbackReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      forms = (List<?>) EdnReader.read(r, PersistentArrayMap.EMPTY);
    }
    assertEquals(forms.size(), ops.size(), file.toString());
    Keyword index = Keyword.intern("index");
    Keyword value = Keyword.intern("value");
    for (int i = 0; i < ops.size(); i++) {
      IPersistentMap raw = (IPersistentMap) forms.get(i);
      if (!raw.containsKey(index)) raw = raw.assoc(index, (long) i);
      if (!raw.containsKey(value)) raw = raw.assoc(value, null);
      IPersistentMap got = ops.get(i).toMap();
      assertEquals(raw.count(), got.count(), file + " op " + i);
      for (Object o : raw) {
        Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
        assertTrue(Util.equiv(e.getValue(), got.valAt(e.getKey())), file + " op " + i + " key " + e.getKey());
      }
    }
  }
}
