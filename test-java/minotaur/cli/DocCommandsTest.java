package minotaur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every {@code ./minotaur ...} line of the code blocks of README.md and docs/*.md runs, in
 * process through {@link Main#commandLine()}, and none is bad usage (exit 3) or an unknown
 * command: the documentation's spellings are the CLI's. Placeholders become real files (HISTORY:
 * an example history, RUN.result.edn: its result), {@code [optional parts]} are kept, outputs go
 * to a temporary directory, a {@code > file} redirect captures stdout for the next line, and
 * sizes shrink so the whole test stays well under a minute: runs at most 200 ops, explorations
 * at most 2,000 schedules, {@code test} a 300 ms budget per variant (exit 2, inconclusive, is fine), benchmarks are skipped.
 */
class DocCommandsTest {
  @TempDir Path tmp;

  static final Pattern FENCE = Pattern.compile("(?m)^```[^\\n]*\\n(.*?)^```", Pattern.DOTALL);
  static final Pattern TOKEN = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)");

  /** The documented command lines, each with the file and line it is on. */
  static List<String[]> commands() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> s = Files.list(Path.of("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<String[]> out = new ArrayList<>();
    for (Path doc : docs) {
      String text = Files.readString(doc);
      Matcher m = FENCE.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start(1)).lines().count() + 1;
        for (String l : m.group(1).split("\n", -1)) {
          if (l.strip().startsWith("./minotaur ")) out.add(new String[] {doc + ":" + line, l.strip()});
          line++;
        }
      }
    }
    return out;
  }

  @Test
  void everyDocumentedCommandRuns() throws IOException {
    List<String[]> commands = commands();
    assertTrue(commands.size() >= 15, "found only " + commands.size() + " commands");
    List<String> failures = new ArrayList<>();
    int ran = 0;
    for (String[] c : commands) {
      List<String> args = args(c[1]);
      if (args.isEmpty() || args.get(0).equals("bench")) continue;
      String redirect = redirect(args);
      long start = System.nanoTime();
      String[] r = run(args);
      ran++;
      System.out.printf("exit %s in %.1fs: minotaur %s%n", r[0], (System.nanoTime() - start) / 1e9, String.join(" ", args));
      if (redirect != null) Files.writeString(tmp.resolve(redirect), r[1]);
      // Documented as needing Knossos on the classpath: without it, exit 3 saying so is right.
      boolean knossosMissing = args.contains("--knossos") && r[2].contains("Knossos is not on the classpath")
          && !CheckKnossosTest.knossosAvailable();
      if (r[0].equals("3") && !knossosMissing) failures.add(c[0] + ": " + c[1] + "\n  ran as " + String.join(" ", args) + "\n  " + r[2].strip());
    }
    assertEquals(List.of(), failures, String.join("\n", failures));
    assertTrue(ran >= 12, "ran only " + ran);
  }

  /** The line's arguments after {@code ./minotaur}, made small and pointed at real files. */
  List<String> args(String line) {
    String cmd = line.replaceFirst("\\s+#\\s.*$", "").replace("[", "").replace("]", "").replace("HISTORY...", "HISTORY");
    List<String> args = new ArrayList<>();
    Matcher m = TOKEN.matcher(cmd);
    while (m.find()) args.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    args.remove(0);
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "HISTORY", "RUN.edn" -> args.set(i, "histories/examples/cas-register-stale-read.edn");
        case "RUN.result.edn" -> args.set(i, "histories/examples/cas-register-stale-read.result.edn");
        case "plan.edn" -> args.set(i, tmp.resolve("plan.edn").toString());
        default -> {
          if (a.endsWith(".html")) args.set(i, tmp.resolve(a).toString());
        }
      }
    }
    if (args.isEmpty()) return args;
    // An index of the README's larger example; the stale read of the small one is :index 12.
    int around = args.indexOf("--around");
    if (around > 0 && cmd.contains("HISTORY")) args.set(around + 1, "12");
    if (args.get(0).equals("run") && !args.contains("--list") && !args.contains("--print-faults")) {
      cap(args, "--ops", 200);
      args.addAll(List.of("--out", tmp.resolve("runs").toString()));
    }
    if (args.get(0).equals("test")) {
      // The spelling is what is checked, not the verdict: a short budget per variant.
      int budget = args.indexOf("--budget");
      if (budget < 0) args.addAll(List.of("--budget", "300ms"));
      else args.set(budget + 1, "300ms");
      args.addAll(List.of("--out", tmp.resolve("test").toString()));
    }
    if (args.get(0).equals("explore") && !args.contains("--list")) {
      cap(args, "--random", 200);
      if (!args.contains("--replay")) args.addAll(List.of("--max-schedules", "2000"));
      args.addAll(List.of("--out", tmp.resolve("explore").toString()));
    }
    return args;
  }

  /** {@code option N} at most {@code most}, added if absent. */
  private static void cap(List<String> args, String option, int most) {
    int i = args.indexOf(option);
    if (i < 0) {
      if (option.equals("--ops")) args.addAll(List.of(option, String.valueOf(most)));
      return;
    }
    args.set(i + 1, String.valueOf(Math.min(most, Long.parseLong(args.get(i + 1)))));
  }

  /** Removes {@code > file} from args and returns the file, or null. */
  private static String redirect(List<String> args) {
    int i = args.indexOf(">");
    if (i < 0) return null;
    String file = args.get(i + 1);
    args.subList(i, i + 2).clear();
    return file;
  }

  /** Exit code, stdout and stderr of one command (run writes to System.out, the rest to picocli's writers). */
  static String[] run(List<String> args) {
    PrintStream sysOut = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      CommandLine cl = Main.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      int code = cl.execute(args.toArray(String[]::new));
      return new String[] {String.valueOf(code), bytes.toString(StandardCharsets.UTF_8) + out, err.toString()};
    } finally {
      System.setOut(sysOut);
    }
  }

  @Test
  void aWrongSpellingWouldBeCaught() {
    // The test's own check: an unknown command and a retired spelling are exit 3.
    assertEquals("3", run(args("./minotaur chek HISTORY --model cas-register"))[0]);
    assertEquals("3", run(args("./minotaur report HISTORY --model cas-register --time-limit 60 -o r.html"))[0]);
  }
}
