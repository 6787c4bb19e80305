package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import minotaur.history.BadInput;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A bug in minotaur is not bad input: it exits 2 (no verdict) with the trace a report needs,
 * while bad input stays one line and exit 3.
 */
class InternalErrorTest {
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @CommandLine.Option(names = "--bad-input")
    boolean badInput;

    @Override public Integer call() {
      if (badInput) throw new BadInput("no such file: x.edn");
      throw new IllegalStateException("an invariant of minotaur broke");
    }
  }

  private static int run(StringWriter err, String... args) {
    CommandLine cl = Main.commandLine();
    cl.addSubcommand(new Boom());
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void aBugExitsUnknownWithItsTrace() {
    StringWriter err = new StringWriter();
    assertEquals(Exit.UNKNOWN, run(err, "boom"));
    assertTrue(err.toString().startsWith("minotaur: internal error, no verdict"), err.toString());
    assertTrue(err.toString().contains("IllegalStateException: an invariant of minotaur broke"), err.toString());
    assertTrue(err.toString().contains("\tat minotaur.cli.InternalErrorTest$Boom.call"), err.toString());
  }

  @Test
  void badInputStaysOneLineAndExitThree() {
    StringWriter err = new StringWriter();
    assertEquals(Exit.BAD_INPUT, run(err, "boom", "--bad-input"));
    assertEquals("minotaur: no such file: x.edn", err.toString().strip());
  }
}
