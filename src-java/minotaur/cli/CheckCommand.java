package minotaur.cli;

import minotaur.history.BadInput;
import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import minotaur.check.CheckOptions;
import minotaur.check.CheckResult;
import minotaur.history.HistoryException;
import minotaur.history.HistoryReader;
import minotaur.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minotaur check HISTORY... --model M}: linearizability of history files. One file: the
 * Knossos-shaped result as EDN, then a human line. Several files or a directory: one line per
 * file (path, verdict, check and parse times), all in one JVM. Exit: the worst verdict.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check Jepsen EDN histories for linearizability against a model (WGL search, Knossos semantics).",
        "A directory means every .edn history under it (not *.result.edn)."})
public final class CheckCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "HISTORY", description = "History files or directories.")
  List<Path> paths;

  @Mixin ModelOptions model;

  @Mixin CheckLimits limits;

  @Option(names = "--knossos", description = "Also check with Knossos's wgl and linear analyses (Knossos on the classpath: "
      + "the knossos Maven/lein profile or the :knossos deps alias) and print the verdicts and times side by side, "
      + "one line per history. The exit code is minotaur's verdict.")
  boolean knossos;

  @Override
  public Integer call() {
    Model initial = model.initialModel();
    CheckOptions options = limits.options();
    List<Path> files = files();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (knossos) return compareWithKnossos(files, out, err);
    if (files.size() == 1 && !Files.isDirectory(paths.get(0))) {
      CheckResult r = check(files.get(0), initial, options, new long[1]);
      out.println(r);
      out.println(files.get(0) + ": " + r.summary());
      out.flush();
      return Exit.of(r.valid());
    }
    int worst = Exit.HOLDS;
    for (Path file : files) {
      long[] parseNanos = new long[1];
      try {
        CheckResult r = check(file, initial, options, parseNanos);
        out.printf("%s\t%s\tcheck %.1f ms\tparse %.1f ms%n", file, verdict(r), r.elapsedNanos() / 1e6,
            parseNanos[0] / 1e6);
        worst = Exit.worst(worst, Exit.of(r.valid()));
      } catch (HistoryException e) {
        out.flush();
        err.println("minotaur: " + e.getMessage());
        err.flush();
        worst = Exit.worst(worst, Exit.BAD_INPUT);
      }
    }
    out.flush();
    return worst;
  }

  /** One line per history: minotaur's, Knossos wgl's and linear's verdicts and times. */
  private int compareWithKnossos(List<Path> files, PrintWriter out, PrintWriter err) {
    KnossosComparison knossos = KnossosComparison.load();
    Object init = model.initialValue();
    int worst = Exit.HOLDS;
    for (Path file : files) {
      try {
        Checking.Read read = Checking.read(HistoryReader.open(file));
        IPersistentMap r = knossos.compare(model.name(), init, read.ops(), limits.timeLimit);
        out.println(KnossosComparison.line(file.toString(), r));
        Object valid = KnossosComparison.minotaurValid(r);
        worst = Exit.worst(worst, Keyword.intern("error").equals(valid) ? Exit.BAD_INPUT : Exit.of(valid));
      } catch (HistoryException e) {
        out.flush();
        err.println("minotaur: " + e.getMessage());
        err.flush();
        worst = Exit.worst(worst, Exit.BAD_INPUT);
      }
    }
    out.flush();
    return worst;
  }

  private static String verdict(CheckResult r) {
    if (r.isValid()) return "valid";
    if (r.isInvalid()) return "INVALID";
    return "unknown " + r.cause();
  }

  /** Reads and checks one file; a malformed op is a {@link HistoryException} at its line. */
  static CheckResult check(Path file, Model initial, CheckOptions options, long[] parseNanos) {
    Checking.Read read = Checking.read(HistoryReader.open(file));
    parseNanos[0] = read.parseNanos();
    return Checking.check(file.toString(), read.ops(), read.lines(), initial, options);
  }

  private List<Path> files() {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) {
        files.add(p);
        continue;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".edn")
                && !f.toString().endsWith(".result.edn"))
            .sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (files.isEmpty()) throw new BadInput("no .edn histories under " + paths);
    return files;
  }
}
