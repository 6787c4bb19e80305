package minotaur.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import minotaur.history.Edn;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * A self-contained HTML page (no network: the page's script and style are inline, fonts are
 * the system's) with an SVG timeline of a history: a lane per process, each operation a bar from
 * its invocation to its completion coloured by outcome, the op the checker could not linearize
 * and the ops concurrent with it highlighted, and the checker's explanation beside it.
 *
 * <p>The history is embedded as JSON, one entry per operation ("bar"); the page's script draws
 * only the bars in the visible range and merges sub-pixel bars per lane, so zooming stays fast on
 * large histories. Histories with more than {@link Options#maxBars} operations are cut to a
 * window around the failing op (or the requested range), and the page says so. The result is
 * plain Clojure data (see {@link Explanation}); this class does no checking.
 */
public final class HtmlReport {
  /**
   * How to render.
   *
   * @param title the page title
   * @param maxBars the most operations to embed
   * @param from the first position to embed, or -1
   * @param to the last position to embed, or -1
   */
  public record Options(String title, int maxBars, long from, long to) {
    public static Options titled(String title) {
      return new Options(title, 100_000, -1, -1);
    }

    public Options withRange(long from, long to) {
      return new Options(title, maxBars, from, to);
    }

    public Options withMaxBars(int max) {
      return new Options(title, max, from, to);
    }
  }

  /** One operation: invocation and completion positions (equal for a standalone event). */
  private record Bar(int invoke, int complete, String type) {}

  private HtmlReport() {}

  /** Writes the report of {@code history} with the checker's {@code result} (or null). */
  public static void write(Path out, History history, Object result, Options options) {
    try {
      if (out.getParent() != null) Files.createDirectories(out.getParent());
      Files.writeString(out, render(history, result, options), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + out, e);
    }
  }

  /** The report as a string. */
  public static String render(History history, Object result, Options options) {
    Explanation ex = Explanation.of(result, history);
    List<Bar> all = bars(history);
    int failing = indexOfBar(all, ex.failing());
    int[] range = window(all, failing, options);
    List<Bar> bars = all.subList(range[0], range[1]);
    String template = template();
    String data = data(history, ex, bars, all.size(), options.title());
    return template.replace("@TITLE@", escapeHtml(options.title())).replace("@DATA@", data);
  }

  private static List<Bar> bars(History h) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < h.size(); i++) {
      Op op = h.get(i);
      int partner = h.partner(i);
      if (op.isInvoke()) {
        String type = partner < 0 ? "pending" : h.get(partner).type().name().toLowerCase();
        bars.add(new Bar(i, partner, type));
      } else if (partner < 0) {
        bars.add(new Bar(i, i, "event"));
      }
    }
    return bars;
  }

  private static int indexOfBar(List<Bar> bars, int position) {
    if (position < 0) return -1;
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      if (b.invoke() == position || b.complete() == position) return i;
    }
    return -1;
  }

  /** The bars to embed, [from, to): the requested range, else at most maxBars around the failing op. */
  private static int[] window(List<Bar> bars, int failing, Options o) {
    int from = 0, to = bars.size();
    if (o.from() >= 0 || o.to() >= 0) {
      long lo = o.from() < 0 ? 0 : o.from(), hi = o.to() < 0 ? Long.MAX_VALUE : o.to();
      while (from < to && end(bars.get(from)) < lo) from++;
      while (to > from && bars.get(to - 1).invoke() > hi) to--;
    }
    if (to - from > o.maxBars()) {
      int centre = failing >= from && failing < to ? failing : from;
      from = Math.max(from, centre - o.maxBars() / 2);
      to = Math.min(to, from + o.maxBars());
    }
    return new int[] {from, to};
  }

  private static long end(Bar b) {
    return b.complete() < 0 ? Long.MAX_VALUE : b.complete();
  }

  private static String data(History h, Explanation ex, List<Bar> bars, int totalBars, String title) {
    boolean timed = true;
    long zero = Long.MAX_VALUE, last = Long.MIN_VALUE;
    for (Op op : h) {
      if (op.time() == Op.ABSENT) timed = false;
      else {
        zero = Math.min(zero, op.time());
        last = Math.max(last, op.time());
      }
    }
    List<Object> lanes = lanes(h);
    Map<Object, Integer> laneOf = new HashMap<>();
    for (int i = 0; i < lanes.size(); i++) laneOf.put(lanes.get(i), i);
    Json j = new Json().begin('{');
    j.key("title").value(title).key("source").value(h.source()).key("timed").value(timed);
    j.key("events").value(h.size()).key("totalBars").value(totalBars);
    j.key("end").value(timed ? last - zero : h.size());
    j.key("lanes").begin('[');
    for (Object p : lanes) j.value(TextTimeline.label(p));
    j.end(']');
    // Each bar: [lane, invokePos, completePos, t0, t1, type, label, invokeIndex, completeIndex, invokeEdn, completeEdn]
    j.key("bars").begin('[');
    for (Bar b : bars) {
      Op inv = h.get(b.invoke());
      Op done = b.complete() < 0 ? null : h.get(b.complete());
      j.begin('[').value(laneOf.get(inv.process())).value(b.invoke()).value(b.complete());
      j.value(timed ? inv.time() - zero : b.invoke());
      j.value(done == null ? (timed ? last - zero : h.size()) : timed ? done.time() - zero : b.complete());
      j.value(b.type()).value(label(inv, done));
      j.value(inv.index()).value(done == null ? -1 : done.index());
      j.value(b.type().equals("event") ? null : inv.toString()).value(done == null ? null : done.toString());
      j.end(']');
    }
    j.end(']');
    j.key("failing").value(ex.failing()).key("previousOk").value(ex.previousOk());
    j.key("verdict").value(ex.verdict());
    j.key("paths").begin('[');
    for (List<Explanation.Step> path : ex.paths()) {
      j.begin('[');
      for (Explanation.Step s : path) {
        j.begin('{').key("pos").value(s.position()).key("op").value(s.op()).key("model").value(s.model())
            .key("bad").value(s.inconsistent()).end('}');
      }
      j.end(']');
    }
    j.end(']');
    j.key("message").value(ex.message());
    j.key("story").begin('[');
    for (Explanation.Said st : ex.story()) j.begin('[').value(st.position()).value(st.op()).value(st.says()).end(']');
    j.end(']');
    j.key("notes").begin('[');
    for (Explanation.Note n : ex.notes()) j.begin('[').value(n.label()).value(n.position()).value(n.text()).end(']');
    j.end(']');
    j.key("other").begin('[');
    for (String[] kv : ex.other()) j.begin('[').value(kv[0]).value(kv[1]).end(']');
    j.end(']');
    return j.end('}').toString();
  }

  /** Lanes in the timeline's order: client processes by number, then :nemesis and other keywords. */
  private static List<Object> lanes(History h) {
    TreeSet<Object> ps = new TreeSet<>(Summary.PROCESS_ORDER);
    for (Op op : h) ps.add(op.process());
    return new ArrayList<>(ps);
  }

  private static String label(Op inv, Op done) {
    Object v = done != null && done.isOk() ? done.value() : inv.value();
    String s = (inv.f() == null ? "" : inv.f().getName()) + (v == null ? "" : " " + Edn.print(v));
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  private static String template() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
      if (in == null) throw new IllegalStateException("report.html missing from the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escapeHtml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
