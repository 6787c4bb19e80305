package minotaur.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The index page of a run of several workloads: one row per history with its verdict, seed and
 * duration, linking to the history and its result file. Self-contained HTML with links relative
 * to the page, so the directory can be moved whole.
 */
public final class RunIndex {
  private RunIndex() {}

  /** Writes the page for {@code results} to {@code page} and returns it. */
  public static Path write(Path page, List<RunResult> results) {
    try {
      Path dir = page.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Files.writeString(page, render(dir, results), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + page, e);
    }
    return page;
  }

  /** The page's HTML, links relative to {@code dir}. */
  public static String render(Path dir, List<RunResult> results) {
    long violations = results.stream().filter(r -> Boolean.FALSE.equals(r.valid())).count();
    long holds = results.stream().filter(r -> Boolean.TRUE.equals(r.valid())).count();
    StringBuilder h = new StringBuilder(2048);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>minotaur runs</title>\n")
        .append("<style>body{font:14px system-ui,sans-serif;margin:24px}table{border-collapse:collapse}")
        .append("th,td{text-align:left;padding:4px 12px;border-bottom:1px solid #ddd}")
        .append(".holds{color:#1a7f37}.violation{color:#d0021b;font-weight:700}.unknown{color:#8a6100}</style>\n")
        .append("</head>\n<body>\n<h1>minotaur runs</h1>\n<p>").append(results.size()).append(" histories: ")
        .append(violations).append(" violations, ").append(holds).append(" hold, ")
        .append(results.size() - violations - holds).append(" unknown</p>\n<table>\n")
        .append("<tr><th>workload</th><th>variant</th><th>verdict</th><th>seed</th><th>duration</th><th>files</th></tr>\n");
    for (RunResult r : results) {
      String verdict = verdict(r.valid());
      h.append("<tr><td>").append(escape(r.context().workload())).append("</td><td>")
          .append(escape(r.context().variant())).append("</td><td class=\"").append(verdict).append("\">")
          .append(verdict).append("</td><td>").append(r.context().seed()).append("</td><td>")
          .append(r.elapsed().toMillis()).append(" ms</td><td>");
      if (r.historyPath() != null) {
        link(h, dir, r.historyPath(), "history");
        h.append(' ');
        link(h, dir, Runner.resultPath(r.historyPath()), "result");
      }
      h.append("</td></tr>\n");
    }
    return h.append("</table>\n</body>\n</html>\n").toString();
  }

  private static String verdict(Object valid) {
    return Boolean.TRUE.equals(valid) ? "holds" : Boolean.FALSE.equals(valid) ? "violation" : "unknown";
  }

  private static void link(StringBuilder h, Path dir, Path file, String text) {
    String href = dir.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    h.append("<a href=\"").append(escape(href)).append("\">").append(text).append("</a>");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
