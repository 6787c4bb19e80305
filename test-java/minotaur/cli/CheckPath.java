package minotaur.cli;

import java.io.Reader;
import minotaur.check.CheckOptions;
import minotaur.check.CheckResult;
import minotaur.history.HistoryReader;
import minotaur.model.Model;

/**
 * {@code minotaur check}'s own read-prepare-search path ({@link Checking}) on a text, without a
 * file, for the fuzz campaigns of another package.
 */
public final class CheckPath {
  private CheckPath() {}

  public static CheckResult check(Reader text, String source, Model initial, CheckOptions options) {
    Checking.Read read = Checking.read(new HistoryReader(text, source));
    return Checking.check(source, read.ops(), read.lines(), initial, options);
  }
}
