package minotaur.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random argument vectors ({@link ArgVectors}) through the in-process command line: each exits
 * 0-3, with no stack trace, exit 3 being one line of bad input ({@link Cli}).
 */
class CommandLineFuzzTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void files() throws IOException {
    Files.writeString(dir.resolve("h.edn"), "{:process 0 :type :invoke :f :write :value 1}\n"
        + "{:process 0 :type :ok :f :write :value 1}\n"
        + "{:process 1 :type :invoke :f :read :value nil}\n{:process 1 :type :ok :f :read :value 0}\n");
    Files.writeString(dir.resolve("plan.edn"), "{:seed 1 :faults [{:points \"xen.*\" :probability 0.1 :action :yield}]}\n");
  }

  @Test
  void commandLines() {
    Campaign.bounded("CommandLineFuzzTest#commandLines", 100, g -> Cli.run(ArgVectors.argv(g, dir)));
  }

  @Tag("slow")
  @Test
  @Timeout(value = 60, unit = java.util.concurrent.TimeUnit.MINUTES)
  void commandLinesLong() {
    Campaign.fresh("CommandLineFuzzTest#commandLinesLong", 10_000, g -> Cli.run(ArgVectors.argv(g, dir)));
  }
}
