package minotaur.report;

import clojure.lang.Keyword;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import minotaur.history.Edn;
import minotaur.history.Op;

/**
 * The numbers a user wants first about a history, gathered in one streaming pass: events per
 * process and per {@code :f} by outcome, the time span, the most operations pending at once and
 * latency per {@code :f}; and two histories compared. Memory is proportional to the number of processes and functions, not
 * to the ops.
 */
public final class Summary {
  /** Outcome columns of the tables. */
  private static final int INVOKE = 0, OK = 1, FAIL = 2, INFO = 3, PENDING = 4;

  /** Integers in order, then keywords such as :nemesis. */
  static final Comparator<Object> PROCESS_ORDER = (a, b) -> {
    if (a instanceof Integer x && b instanceof Integer y) return Integer.compare(x, y);
    if (a instanceof Integer) return -1;
    if (b instanceof Integer) return 1;
    return a.toString().compareTo(b.toString());
  };

  private final String source;
  private final Map<Object, long[]> byProcess = new TreeMap<>(PROCESS_ORDER);
  private final Map<String, long[]> byF = new TreeMap<>();
  private final Map<String, long[]> latencyByF = new TreeMap<>();  // {count, sum, max} of :ok ops
  private long events;
  private long standalone;
  private long minTime = Long.MAX_VALUE;
  private long maxTime = Long.MIN_VALUE;
  private long firstTime = Op.ABSENT;
  private long untimed;
  private int concurrency;
  private int maxConcurrency;
  private long maxConcurrencyAt = -1;

  public Summary(String source) {
    this.source = source;
  }

  /**
   * Adds the next event; {@code invocation} is the invocation it completes (null for an
   * invocation or a standalone event).
   */
  public void add(Op op, Op invocation) {
    events++;
    if (op.time() == Op.ABSENT) {
      untimed++;
    } else {
      if (firstTime == Op.ABSENT) firstTime = op.time();
      minTime = Math.min(minTime, op.time());
      maxTime = Math.max(maxTime, op.time());
    }
    long[] p = byProcess.computeIfAbsent(op.process(), k -> new long[5]);
    long[] f = byF.computeIfAbsent(fName(op.f()), k -> new long[5]);
    if (op.isInvoke()) {
      count(p, f, INVOKE);
      count(p, f, PENDING);
      if (++concurrency > maxConcurrency) {
        maxConcurrency = concurrency;
        maxConcurrencyAt = op.index();
      }
      return;
    }
    count(p, f, op.isOk() ? OK : op.isFail() ? FAIL : INFO);
    if (invocation == null) {
      standalone++;
      return;
    }
    concurrency--;
    p[PENDING]--;
    byF.get(fName(invocation.f()))[PENDING]--;
    if (op.isOk() && op.time() != Op.ABSENT && invocation.time() != Op.ABSENT) {
      long[] l = latencyByF.computeIfAbsent(fName(op.f()), k -> new long[3]);
      long d = op.time() - invocation.time();
      l[0]++;
      l[1] += d;
      l[2] = Math.max(l[2], d);
    }
  }

  private static void count(long[] p, long[] f, int column) {
    p[column]++;
    f[column]++;
  }

  static String fName(Keyword f) {
    return f == null ? "nil" : f.toString();
  }

  /** The :time of the first timed event (the timeline's zero), or {@link Op#ABSENT}. */
  public long firstTime() { return firstTime; }

  /** The number of events. */
  public long events() { return events; }

  /** Prints the summary as aligned text. */
  public void print(PrintWriter out) {
    long invocations = column(INVOKE);
    out.printf("history      %s%n", source);
    out.printf("events       %s: %s invocations (%s ok, %s fail, %s info, %s pending)%s%n",
        Durations.count(events), Durations.count(invocations), Durations.count(column(OK)),
        Durations.count(column(FAIL)), Durations.count(column(INFO) - standalone), Durations.count(column(PENDING)),
        standalone == 0 ? "" : ", " + Durations.count(standalone) + " standalone :info events");
    if (firstTime == Op.ABSENT) {
      out.printf("time         no :time in the ops%n");
    } else {
      out.printf("time         %s, :time %d .. %d%s%n", Durations.format(maxTime - minTime), minTime, maxTime,
          untimed == 0 ? "" : " (" + Durations.count(untimed) + " events without :time)");
    }
    out.printf("concurrency  at most %d pending at once%s%n", maxConcurrency,
        maxConcurrencyAt < 0 ? "" : ", first at index " + maxConcurrencyAt);
    out.println();
    table(out, "process", byProcess, null);
    out.println();
    table(out, "f", byF, latencyByF);
  }

  /**
   * Prints two summaries side by side (e.g. a SEED run and a FIXED run): the totals, then each
   * :f's outcomes as ok/fail/info/pending and its mean :ok latency.
   */
  public static void printComparison(PrintWriter out, Summary a, Summary b) {
    out.printf("A            %s%nB            %s%n%n", a.source, b.source);
    out.printf("%-16s %14s %14s%n", "", "A", "B");
    row(out, "events", Durations.count(a.events), Durations.count(b.events));
    row(out, "invocations", Durations.count(a.column(INVOKE)), Durations.count(b.column(INVOKE)));
    row(out, "ok", Durations.count(a.column(OK)), Durations.count(b.column(OK)));
    row(out, "fail", Durations.count(a.column(FAIL)), Durations.count(b.column(FAIL)));
    row(out, "info", Durations.count(a.column(INFO) - a.standalone), Durations.count(b.column(INFO) - b.standalone));
    row(out, "pending", Durations.count(a.column(PENDING)), Durations.count(b.column(PENDING)));
    row(out, "standalone", Durations.count(a.standalone), Durations.count(b.standalone));
    row(out, "time", a.span(), b.span());
    row(out, "concurrency", String.valueOf(a.maxConcurrency), String.valueOf(b.maxConcurrency));
    out.println();
    TreeSet<String> fs = new TreeSet<>(a.byF.keySet());
    fs.addAll(b.byF.keySet());
    int w = 1;
    for (String f : fs) w = Math.max(w, f.length());
    out.printf("%-" + w + "s  %-24s %-24s %12s %12s%n", "f", "A ok/fail/info/pending", "B ok/fail/info/pending",
        "A latency", "B latency");
    for (String f : fs) {
      out.printf(("%-" + w + "s  %-24s %-24s %12s %12s%n"), f, a.outcomes(f), b.outcomes(f), a.meanLatency(f), b.meanLatency(f));
    }
  }

  private static void row(PrintWriter out, String name, String a, String b) {
    out.printf("%-16s %14s %14s%n", name, a, b);
  }

  private String span() {
    return firstTime == Op.ABSENT ? "-" : Durations.format(maxTime - minTime);
  }

  private String outcomes(String f) {
    long[] r = byF.get(f);
    return r == null ? "-" : r[OK] + "/" + r[FAIL] + "/" + r[INFO] + "/" + r[PENDING];
  }

  private String meanLatency(String f) {
    long[] l = latencyByF.get(f);
    return l == null ? "-" : Durations.format(l[1] / l[0]);
  }

  private long column(int c) {
    long n = 0;
    for (long[] row : byProcess.values()) n += row[c];
    return n;
  }

  private static <K> void table(PrintWriter out, String title, Map<K, long[]> rows, Map<String, long[]> latency) {
    int w = title.length();
    for (K k : rows.keySet()) w = Math.max(w, label(k).length());
    String head = String.format("%-" + w + "s %8s %8s %8s %8s %8s", title, "invoke", "ok", "fail", "info", "pending");
    out.println(latency == null ? head : head + "   ok latency mean / max");
    for (Map.Entry<K, long[]> e : rows.entrySet()) {
      long[] r = e.getValue();
      String line = String.format("%-" + w + "s %8s %8s %8s %8s %8s", label(e.getKey()), Durations.count(r[INVOKE]),
          Durations.count(r[OK]), Durations.count(r[FAIL]), Durations.count(r[INFO]), Durations.count(r[PENDING]));
      long[] l = latency == null ? null : latency.get(label(e.getKey()));
      if (l != null) line += "   " + Durations.format(l[1] / l[0]) + " / " + Durations.format(l[2]);
      out.println(line);
    }
  }

  private static String label(Object k) {
    return k instanceof String s ? s : Edn.print(k);
  }
}
