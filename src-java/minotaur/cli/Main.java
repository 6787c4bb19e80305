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
    cl.setExitCodeExceptionMapper(e -> Exit.BAD_INPUT);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      // Bad input is reported as one line, never as a stack trace.
      if (e instanceof HistoryException || e instanceof BadInput) {
        cmd.getErr().println("minotaur: " + e.getMessage());
        return Exit.BAD_INPUT;
      }
      throw e;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine cmd = e.getCommandLine();
      cmd.getErr().println("minotaur: " + e.getMessage());
      cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
      return Exit.BAD_INPUT;
    });
    return cl;
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
