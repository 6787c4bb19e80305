package minotaur.cli;

import minotaur.history.BadInput;
import minotaur.history.HistoryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the minotaur command line: {@code minotaur test|run|check|inspect|report|explore|bench}. */
@Command(name = "minotaur", mixinStandardHelpOptions = true, version = "minotaur 0.1.0",
    description = "Jepsen-style linearizability testing of low-level concurrency primitives.%n"
        + "Exit codes: 0 holds, 1 violation found, 2 unknown (a limit was hit), 3 bad input or usage.",
    subcommands = {
        // One line per subcommand class; keep sorted.
        BenchCommand.class,
        CheckCommand.class,
        ExploreCommand.class,
        InspectCommand.class,
        ReportCommand.class,
        RunCommand.class,
        TestCommand.class,
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }

  /** The configured command line, shared by main and tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.nio.file.Path.class, Main::path);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      // Bad input is reported as one line, never as a stack trace.
      if (e instanceof HistoryException || e instanceof BadInput) {
        cmd.getErr().println("minotaur: " + e.getMessage());
        return Exit.BAD_INPUT;
      }
      // Anything else is a bug of minotaur, not of the input: no verdict (exit 2), and the trace
      // that a bug report needs.
      cmd.getErr().println("minotaur: internal error, no verdict (a bug in minotaur; please report it with"
          + " the trace below): " + e);
      e.printStackTrace(cmd.getErr());
      return Exit.UNKNOWN;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      // One line, like every other bad input: the message, then where the usage is.
      CommandLine cmd = e.getCommandLine();
      String message = String.valueOf(e.getMessage()).replace('\n', ' ').strip();
      cmd.getErr().println("minotaur: " + message + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
      return Exit.BAD_INPUT;
    });
    return cl;
  }

  /** A path argument; one that cannot be a path (e.g. it holds a NUL) is bad usage, said plainly. */
  private static java.nio.file.Path path(String text) {
    try {
      return java.nio.file.Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      throw new CommandLine.TypeConversionException("bad path '" + text.replace("\0", "\\0") + "': " + e.getReason());
    }
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
