package minotaur.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The index page of a run of several workloads: one row per history with its verdict, seed and
 * duration, linking to the history, its result and its HTML report. Self-contained HTML; links
 * are relative to the page's directory, so the directory can be moved or archived whole.
 */
public final class IndexPage {
  /**
   * One history of the run.
   *
   * @param name what ran, e.g. "xen SEED"
   * @param history the history file
   * @param result its result EDN file, or null
   * @param report its HTML report, or null
   * @param valid the verdict: true, false, the keyword :unknown, or null if not checked
   * @param seed the seed that replays it
   * @param duration how long the run took
   * @param note one line more (e.g. the checker's summary), or null
   */
  public record Entry(String name, Path history, Path result, Path report, Object valid, long seed,
      Duration duration, String note) {}

  private IndexPage() {}

  /** Writes {@code dir/index.html} and returns its path. */
  public static Path write(Path dir, List<Entry> entries) {
    Path page = dir.resolve("index.html");
    try {
      Files.createDirectories(dir);
      Files.writeString(page, render(dir, entries), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + page, e);
    }
    return page;
  }

  /** The page's HTML, with links relative to {@code dir}. */
  public static String render(Path dir, List<Entry> entries) {
    int valid = 0, invalid = 0, unknown = 0, unchecked = 0;
    for (Entry e : entries) {
      switch (verdict(e.valid())) {
        case "valid": valid++; break;
        case "INVALID": invalid++; break;
        case "unknown": unknown++; break;
        default: unchecked++;
      }
    }
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>minotaur runs</title>\n<style>\n")
        .append("body{margin:24px;font:14px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;color:#1f2328}\n")
        .append("h1{font-size:20px;margin:0 0 4px}.meta{color:#636c76;margin-bottom:16px}\n")
        .append("table{border-collapse:collapse;min-width:60%}th,td{text-align:left;padding:6px 12px;border-bottom:1px solid #d8dee4}\n")
        .append("th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:#636c76}td.num{text-align:right;font-variant-numeric:tabular-nums}\n")
        .append(".v{font-weight:700;font-size:12px;padding:2px 9px;border-radius:999px}.valid{background:#dff5e3;color:#1a7f37}\n")
        .append(".INVALID{background:#ffe1e1;color:#d0021b}.unknown,.unchecked{background:#fff3cd;color:#8a6100}\n")
        .append("code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}a{color:#0969da}.note{color:#636c76}\n")
        .append("</style>\n</head>\n<body>\n<h1>minotaur runs</h1>\n<div class=\"meta\">")
        .append(entries.size()).append(" histories: ").append(invalid).append(" invalid, ").append(valid).append(" valid, ")
        .append(unknown).append(" unknown").append(unchecked > 0 ? ", " + unchecked + " not checked" : "").append("</div>\n")
        .append("<table>\n<thead><tr><th>run</th><th>verdict</th><th>seed</th><th>duration</th><th>files</th><th></th></tr></thead>\n<tbody>\n");
    for (Entry e : entries) {
      String v = verdict(e.valid());
      h.append("<tr data-verdict=\"").append(v).append("\"><td>").append(HtmlReport.escapeHtml(e.name())).append("</td>")
          .append("<td><span class=\"v ").append(v.equals("not checked") ? "unchecked" : v).append("\">").append(v).append("</span></td>")
          .append("<td class=\"num\"><code>").append(e.seed()).append("</code></td>")
          .append("<td class=\"num\">").append(e.duration() == null ? "" : Durations.format(e.duration().toNanos())).append("</td><td>");
      link(h, dir, e.report(), "report");
      link(h, dir, e.history(), "history");
      link(h, dir, e.result(), "result");
      h.append("</td><td class=\"note\">").append(e.note() == null ? "" : HtmlReport.escapeHtml(e.note())).append("</td></tr>\n");
    }
    return h.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
  }

  private static void link(StringBuilder h, Path dir, Path target, String text) {
    if (target == null) return;
    String href = dir.toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize()).toString()
        .replace('\\', '/');
    h.append("<a href=\"").append(HtmlReport.escapeHtml(href)).append("\">").append(text).append("</a> ");
  }

  static String verdict(Object valid) {
    if (valid == null) return "not checked";
    if (Boolean.TRUE.equals(valid)) return "valid";
    if (Boolean.FALSE.equals(valid)) return "INVALID";
    return "unknown";
  }
}
