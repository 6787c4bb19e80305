package minotaur.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import minotaur.history.HistoryReader;
import minotaur.model.Models;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The etcd (cas-register, initial nil) and kv histories of Porcupine's test data check without
 * error and get the verdicts recorded in histories/checker/PORCUPINE.tsv: the ones Porcupine's
 * own tests expect.
 */
class PorcupineCorpusTest {
  @TestFactory
  Stream<DynamicTest> everyHistoryGetsPorcupinesVerdict() {
    Path corpus = Corpus.dir("porcupine").getParent();
    Path tsv = RegressionHistoriesTest.dir().resolve("PORCUPINE.tsv");
    return Corpus.manifest(tsv, corpus).stream().map(e -> DynamicTest.dynamicTest(corpus.relativize(e.file()).toString(), () -> {
      CheckResult r = Linearizability.check(Models.named(e.model(), null), HistoryReader.readAll(e.file()),
          CheckOptions.defaults());
      assertEquals(Boolean.valueOf(e.expected()), r.valid(), e.file() + ": " + r.summary());
    }));
  }
}
