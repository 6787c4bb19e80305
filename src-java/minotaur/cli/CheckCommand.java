package minotaur.cli;

import minotaur.history.BadInput;
import clojure.lang.EdnReader;
import clojure.lang.PersistentArrayMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import minotaur.check.BadOp;
import minotaur.check.CheckOptions;
import minotaur.check.CheckResult;
import minotaur.check.Linearizability;
import minotaur.history.HistoryException;
import minotaur.history.HistoryReader;
import minotaur.history.Op;
import minotaur.model.Model;
import minotaur.model.Models;
import picocli.CommandLine.Command;
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

  @Option(names = "--model", required = true, paramLabel = "MODEL",
      description = "register, cas-register, multi-register, mutex, set, unordered-queue, fifo-queue, kv, ...")
  String model;

  @Option(names = "--init", paramLabel = "EDN", description = "Initial value as EDN, e.g. 0 or {:x 0 :y 0} (default nil).")
  String init;

  @Option(names = "--time-limit", converter = RunCommand.DurationConverter.class, paramLabel = "DURATION",
      description = "Give up with :unknown after this long per history, e.g. 10s.")
  Duration timeLimit;

  @Option(names = "--max-configs", paramLabel = "N", description = "Give up with :unknown past N memoised configurations.")
  Long maxConfigs;

  @Override
  public Integer call() {
    Model initial = initialModel();
    CheckOptions options = CheckOptions.defaults();
    if (timeLimit != null) options = options.withTimeLimit(timeLimit);
    if (maxConfigs != null) options = options.withMaxConfigs(maxConfigs);
    List<Path> files = files();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
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

  private static String verdict(CheckResult r) {
    if (r.isValid()) return "valid";
    if (r.isInvalid()) return "INVALID";
    return "unknown " + r.cause();
  }

  private Model initialModel() {
    Object value = null;
    if (init != null) {
      try {
        value = EdnReader.readString(init, PersistentArrayMap.EMPTY);
      } catch (RuntimeException e) {
        throw new BadInput("bad --init '" + init + "': not EDN (" + e.getMessage() + ")");
      }
    }
    try {
      return Models.named(model, value);
    } catch (IllegalArgumentException e) {
      throw new BadInput(e.getMessage());
    }
  }

  /** Reads and checks one file; a malformed op is a {@link HistoryException} at its line. */
  static CheckResult check(Path file, Model initial, CheckOptions options, long[] parseNanos) {
    long start = System.nanoTime();
    List<Op> ops = new ArrayList<>();
    Map<Long, Integer> lines = new HashMap<>();
    try (HistoryReader reader = HistoryReader.open(file)) {
      while (reader.hasNext()) {
        Op op = reader.next();
        ops.add(op);
        lines.put(op.index(), reader.line());
      }
    }
    parseNanos[0] = System.nanoTime() - start;
    try {
      return Linearizability.check(initial, initial.prepare(ops), options);
    } catch (BadOp e) {
      throw new HistoryException(file.toString(), lines.getOrDefault(e.index(), 0), e.getMessage());
    }
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
