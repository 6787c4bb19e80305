package minotaur.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import minotaur.cli.Main;
import picocli.CommandLine;

/**
 * Runs one argument vector through the in-process command line ({@link Main#commandLine}) as a
 * fuzz case: it must exit 0-3 with no stack trace on either stream, and exit 3 must be one line
 * {@code minotaur: ...} on stderr, under {@link Outcome}'s time and allocation bounds.
 */
final class Cli {
  private static final Pattern ANY = Pattern.compile(".");
  /** A frame, or an exception or error uncaught (a line that starts with its class name). */
  private static final Pattern STACK_TRACE = Pattern.compile("\tat |(?m)^(Exception in thread|[\\w.$]+(Exception|Error)\\b)");

  private Cli() {}

  /** The exit code and both streams. */
  record Ran(int code, String out, String err) {}

  static Ran run(List<String> args) {
    String[] argv = args.toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    Outcome.Result r;
    // Some commands print to System.out rather than to the command line's writer.
    System.setOut(new PrintStream(direct, true, StandardCharsets.UTF_8));
    try {
      r = Outcome.of("minotaur", args, () -> {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(argv);
      }, ANY);
    } finally {
      System.setOut(stdout);
    }
    int code = (Integer) r.value();
    String e = err.toString();
    String o = out + direct.toString(StandardCharsets.UTF_8);
    String shown = Outcome.show(args) + "\nstdout: " + cut(o) + "\nstderr: " + cut(e);
    assertTrue(code >= 0 && code <= 3, "exit " + code + " for " + shown);
    assertTrue(!STACK_TRACE.matcher(e).find() && !STACK_TRACE.matcher(o).find(), "a stack trace for " + shown);
    if (code == 3) {
      assertTrue(e.startsWith("minotaur: ") && e.strip().lines().count() == 1, "not one line of bad input for " + shown);
    }
    return new Ran(code, o, e);
  }

  private static String cut(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
  }
}
