package minotaur.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clojure.lang.EdnReader;
import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import minotaur.history.HistoryReader;
import minotaur.history.Op;
import minotaur.model.Model;
import minotaur.model.Models;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-made regression histories of histories/checker/MANIFEST.tsv (crashed ops taking
 * effect late or never, replaced processes, missing completions, failed ops): each gets its
 * expected verdict and failing op, and the brute-force checker agrees with it.
 */
class RegressionHistoriesTest {
  private static final Pattern INITIAL = Pattern.compile("^initial value ([^;]+);");
  private static final Pattern OP_INDEX = Pattern.compile(":op index (\\d+)");

  static Path dir() {
    return Path.of(System.getProperty("minotaur.basedir", "."), "histories", "checker");
  }

  static Object initial(String note) {
    Matcher m = INITIAL.matcher(note);
    return m.find() ? EdnReader.readString(m.group(1), PersistentArrayMap.EMPTY) : null;
  }

  @TestFactory
  Stream<DynamicTest> everyRegressionHistoryHasItsVerdict() {
    Path dir = dir();
    return Corpus.manifest(dir).stream().map(e -> DynamicTest.dynamicTest(e.file().getFileName().toString(), () -> {
      List<Op> history = HistoryReader.readAll(e.file());
      Model model = Models.named(e.model(), initial(e.note()));
      CheckResult r = Linearizability.check(model, history, CheckOptions.defaults());
      assertEquals(Boolean.valueOf(e.expected()), r.valid(), e.file() + ": " + r);
      assertEquals(r.valid(), BruteForce.check(model, history), e.file() + ": brute force disagrees");
      Matcher op = OP_INDEX.matcher(e.note());
      if (op.find()) {
        assertEquals(Long.valueOf(op.group(1)), ((IPersistentMap) r.op()).valAt(Keyword.intern("index")),
            e.file() + ": " + r);
      }
    }));
  }
}
