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
 * Conformance with Knossos: every history of Knossos's own test data gets the verdict the
 * manifest records, and where the manifest names the op Knossos's tests assert as {@code :op}
 * (and {@code :previous-ok}), the same op, checked with the initial value that test uses.
 */
class KnossosCorpusTest {
  private static final Pattern OP = Pattern.compile(":op \\{[^}]*\\} index (\\d+)");
  private static final Pattern PREVIOUS_OK = Pattern.compile(":previous-ok \\{[^}]*\\} index (\\d+)");
  private static final Pattern TEST_INIT = Pattern.compile("\\(cas-register (nil|\\d+)\\)");
  private static final Keyword INDEX = Keyword.intern("index");

  static Object initial(String model) {
    switch (model) {
      case "cas-register": return 0L;
      case "multi-register": return EdnReader.readString("{:x 0 :y 0}", PersistentArrayMap.EMPTY);
      default: return null;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFileHasKnossossVerdict() {
    Path dir = Corpus.dir("knossos");
    return Corpus.manifest(dir).stream().map(e -> DynamicTest.dynamicTest(dir.relativize(e.file()).toString(), () -> {
      List<Op> history = HistoryReader.readAll(e.file());
      Model model = Models.named(e.model(), initial(e.model()));
      CheckResult r = Linearizability.check(model, history, CheckOptions.defaults());
      assertEquals(Boolean.valueOf(e.expected()), r.valid(), e.file() + ": " + r.summary());

      Matcher op = OP.matcher(e.note());
      if (op.find()) {
        Matcher init = TEST_INIT.matcher(e.note());
        Object testInit = init.find() && !init.group(1).equals("nil") ? Long.valueOf(init.group(1)) : null;
        CheckResult asserted = Linearizability.check(Models.named(e.model(), testInit), history,
            CheckOptions.defaults());
        assertEquals(Long.valueOf(op.group(1)), index(asserted.toEdn().valAt(Keyword.intern("op"))),
            e.file() + " :op: " + asserted);
        Matcher prev = PREVIOUS_OK.matcher(e.note());
        if (prev.find()) {
          assertEquals(Long.valueOf(prev.group(1)),
              index(asserted.toEdn().valAt(Keyword.intern("previous-ok"))), e.file() + " :previous-ok");
        }
      }
    }));
  }

  private static Object index(Object op) {
    return op == null ? null : ((IPersistentMap) op).valAt(INDEX);
  }
}
