package minotaur.fuzz;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import minotaur.check.BadOp;
import minotaur.check.CheckOptions;
import minotaur.check.Linearizability;
import minotaur.history.Edn;
import minotaur.history.History;
import minotaur.history.HistoryException;
import minotaur.history.HistoryReader;
import minotaur.history.Op;
import minotaur.model.Model;
import minotaur.model.Models;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Every way a history file is read (strict and lenient loads, the checker's read then
 * {@code Model.prepare} and the search, a result file through {@link Edn#read}) on damaged
 * histories: each ends in a value or one line naming the file and line, never another exception,
 * a hang or unbounded allocation ({@link Outcome}). About 6,000 cases by default; the long
 * campaign is tagged slow.
 */
class HistoryReaderFuzzTest {
  /** A history reader's errors name the file and a line. */
  static final Pattern AT_LINE = Pattern.compile("fuzz\\.edn:\\d+: ");
  /** A whole-file read may have no line to name (e.g. an empty file). */
  static final Pattern AT_FILE = Pattern.compile("fuzz\\.edn(:\\d+)?: ");

  static final CheckOptions CHECK = CheckOptions.defaults().withTimeLimit(Duration.ofSeconds(2)).withMaxConfigs(100_000);

  @Provide
  Arbitrary<String> damaged() {
    return Texts.mutated(Texts.history());
  }

  @Provide
  Arbitrary<String> deep() {
    return Texts.mutated(Texts.deep());
  }

  @Property(tries = 4000)
  void damagedHistories(@ForAll("damaged") String text) {
    readEveryWay(text);
  }

  @Property(tries = 300)
  void deepNesting(@ForAll("deep") String text) {
    readEveryWay(text);
  }

  @Property(tries = 1500)
  void resultFiles(@ForAll("damaged") String text) {
    Outcome.of("Edn.read", text, () -> Edn.read(text, "fuzz.edn"), AT_FILE);
  }

  @Tag("slow")
  @Property(tries = 200_000)
  void damagedHistoriesLong(@ForAll("damaged") String text) {
    readEveryWay(text);
    Outcome.of("Edn.read", text, () -> Edn.read(text, "fuzz.edn"), AT_FILE);
  }

  @Tag("slow")
  @Property(tries = 10_000)
  void deepNestingLong(@ForAll("deep") String text) {
    readEveryWay(text);
  }

  static void readEveryWay(String text) {
    Outcome.of("History.read", text, () -> History.read(new HistoryReader(new StringReader(text), "fuzz.edn")), AT_LINE);
    Outcome.of("lenient History.read", text,
        () -> History.read(new HistoryReader(new StringReader(text), "fuzz.edn").lenient()), AT_LINE);
    Outcome.Result read = Outcome.of("HistoryReader.readAll", text,
        () -> HistoryReader.readAll(new StringReader(text), "fuzz.edn"), AT_LINE);
    if (read.value() == null) return;
    @SuppressWarnings("unchecked")
    List<Op> ops = (List<Op>) read.value();
    for (String name : List.of("cas-register", "timer-list")) {
      Outcome.of("check " + name, text, () -> check(name, ops), AT_FILE);
    }
  }

  /** As {@code minotaur check} does: prepare, search, a bad op named as bad input. */
  static Object check(String name, List<Op> ops) {
    Model m = Models.named(name, 0L);
    try {
      return Linearizability.check(m, m.prepare(ops), CHECK);
    } catch (BadOp e) {
      throw new HistoryException("fuzz.edn", 1, e.getMessage());
    }
  }
}
