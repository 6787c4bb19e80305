package minotaur.fault;

import clojure.lang.EdnReader;
import clojure.lang.IPersistentMap;
import clojure.lang.IPersistentVector;
import clojure.lang.Keyword;
import clojure.lang.LineNumberingPushbackReader;
import clojure.lang.PersistentArrayMap;
import clojure.lang.RT;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minotaur.history.BadInput;

/**
 * Reads a fault plan file with Clojure's EDN reader. The top-level map and the {@code :faults}
 * vector are walked here, one form at a time, so that an error names the line of the offending
 * rule (the EDN reader keeps no line numbers in the data it returns). Old point prefixes are
 * read as their new names ({@link RenamedPoints}), with a deprecation line on standard error.
 */
final class FaultPlanReader {
  private static final Keyword SEED = Keyword.intern("seed");
  private static final Keyword FAULTS = Keyword.intern("faults");
  private static final Keyword POINTS = Keyword.intern("points");
  private static final Keyword EXCEPT = Keyword.intern("except");
  private static final Keyword PROBABILITY = Keyword.intern("probability");
  private static final Keyword ACTION = Keyword.intern("action");
  private static final Keyword DURATION = Keyword.intern("duration");
  private static final Keyword ORDER = Keyword.intern("order");
  private static final Keyword TIMEOUT = Keyword.intern("timeout");
  private static final IPersistentMap OPTS = PersistentArrayMap.EMPTY;
  private static final Pattern DURATION_TEXT = Pattern.compile("(\\d+)\\s*(ns|us|µs|ms|s)");

  private final LineNumberingPushbackReader in;
  private final String source;
  private final RenamedPoints renamed = new RenamedPoints();

  private FaultPlanReader(String text, String source) {
    this.in = new LineNumberingPushbackReader(new StringReader(text));
    this.source = source;
  }

  static FaultPlan read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new BadInput(file + ": cannot read fault plan: " + e.getMessage());
    }
    return read(text, file.toString());
  }

  static FaultPlan read(String text, String source) {
    return read(text, source, System.err::println);
  }

  /** Reads a plan; {@code warn} gets the deprecation line, if the plan uses old point prefixes. */
  static FaultPlan read(String text, String source, Consumer<String> warn) {
    try {
      FaultPlanReader reader = new FaultPlanReader(text, source);
      FaultPlan plan = reader.plan();
      reader.renamed.warnIfUsed(source, warn);
      return plan;
    } catch (IOException e) {
      throw new BadInput(source + ": cannot read fault plan: " + e.getMessage());
    }
  }

  private FaultPlan plan() throws IOException {
    FaultPlan.Builder b = FaultPlan.builder();
    if (skipBlank() != '{') throw error(in.getLineNumber(), "a fault plan is one EDN map {:seed n :faults [...]}");
    while (true) {
      int line = startOfForm("the plan map has no closing '}'", '}');
      if (line < 0) break;
      Object key = form(line);
      if (SEED.equals(key)) {
        int at = startOfForm("missing :seed value", (char) 0);
        if (!(form(at) instanceof Long seed)) throw error(at, ":seed must be an integer");
        b.seed(seed);
      } else if (FAULTS.equals(key)) {
        int at = startOfForm("missing :faults value", (char) 0);
        if (in.read() != '[') throw error(at, ":faults must be a vector of rule maps");
        int ruleLine;
        while ((ruleLine = startOfForm(":faults has no closing ']'", ']')) >= 0) {
          Object rule = form(ruleLine);
          if (rule instanceof Map<?, ?> m && m.containsKey(ORDER)) {
            try {
              b.order(order(m, ruleLine));
            } catch (IllegalArgumentException e) {
              throw error(ruleLine, e.getMessage());
            }
          } else {
            b.rule(rule(rule, ruleLine));
          }
        }
      } else {
        throw error(line, "unknown key " + edn(key) + " (expected :seed or :faults)");
      }
    }
    if (skipBlank() != -1) throw error(in.getLineNumber(), "text after the plan map");
    return b.build();
  }

  private FaultRule rule(Object form, int line) {
    if (!(form instanceof Map<?, ?> m)) throw error(line, "a fault rule must be a map, not " + edn(form));
    for (Object k : m.keySet()) {
      if (!(POINTS.equals(k) || EXCEPT.equals(k) || PROBABILITY.equals(k) || ACTION.equals(k) || DURATION.equals(k))) {
        throw error(line, "unknown rule key " + edn(k) + " (expected :points :except :probability :action :duration)");
      }
    }
    List<PointPattern> points = patterns(m.get(POINTS), ":points", line);
    List<PointPattern> except = m.containsKey(EXCEPT) ? patterns(m.get(EXCEPT), ":except", line) : List.of();
    Object prob = m.containsKey(PROBABILITY) ? m.get(PROBABILITY) : 1.0;
    if (!(prob instanceof Number n)) throw error(line, ":probability must be a number, not " + edn(prob));
    if (!(m.get(ACTION) instanceof Keyword k) || FaultAction.named(k.getName()) == null) {
      throw error(line, "unknown :action " + edn(m.get(ACTION)) + " (expected :spin :park :yield :pause :spurious-wakeup :interrupt)");
    }
    FaultAction action = FaultAction.named(k.getName());
    DelayDistribution d = m.containsKey(DURATION) ? distribution(m.get(DURATION), line) : null;
    try {
      return new FaultRule(points, except, n.doubleValue(), action, d);
    } catch (IllegalArgumentException e) {
      throw error(line, e.getMessage());
    }
  }

  /** {@code :points} or {@code :except}: one string or a non-empty vector of strings. */
  private List<PointPattern> patterns(Object p, String key, int line) {
    List<PointPattern> points = new ArrayList<>();
    if (p instanceof String s) {
      points.add(pattern(s, line));
    } else if (p instanceof IPersistentVector v && v.count() > 0) {
      for (int i = 0; i < v.count(); i++) {
        if (!(v.nth(i) instanceof String s)) throw error(line, key + " must be strings, not " + edn(v.nth(i)));
        points.add(pattern(s, line));
      }
    } else {
      throw error(line, key + " must be a string or a non-empty vector of strings");
    }
    return points;
  }

  /** An ordering rule: {@code {:order [[process "point" visit] ...] :timeout d}}. */
  private OrderRule order(Map<?, ?> m, int line) {
    for (Object k : m.keySet()) {
      if (!(ORDER.equals(k) || TIMEOUT.equals(k))) {
        throw error(line, "unknown ordering rule key " + edn(k) + " (expected :order :timeout)");
      }
    }
    if (!(m.get(ORDER) instanceof IPersistentVector v)) {
      throw error(line, ":order must be a vector of [process \"point\" visit] entries");
    }
    List<OrderRule.Entry> entries = new ArrayList<>();
    for (int i = 0; i < v.count(); i++) {
      if (!(v.nth(i) instanceof IPersistentVector e) || e.count() != 3 || !(e.nth(0) instanceof Long process)
          || !(e.nth(1) instanceof String point) || !(e.nth(2) instanceof Long visit) || visit > Integer.MAX_VALUE) {
        throw error(line, "bad :order entry " + edn(v.nth(i)) + " (expected [process \"point\" visit])");
      }
      entries.add(new OrderRule.Entry(process, renamed.rename(point), (int) (long) visit));
    }
    long timeout = m.containsKey(TIMEOUT) ? nanos(m.get(TIMEOUT), line) : OrderRule.DEFAULT_TIMEOUT_NANOS;
    return new OrderRule(entries, timeout);
  }

  private PointPattern pattern(String s, int line) {
    if (s.isEmpty()) throw error(line, "empty point name");
    return PointPattern.of(renamed.rename(s));
  }

  private DelayDistribution distribution(Object v, int line) {
    try {
      if (!(v instanceof IPersistentVector vec)) return DelayDistribution.fixed(nanos(v, line));
      Object kind = vec.count() > 0 ? vec.nth(0) : null;
      if (Keyword.intern("fixed").equals(kind) && vec.count() == 2) {
        return DelayDistribution.fixed(nanos(vec.nth(1), line));
      }
      if (Keyword.intern("uniform").equals(kind) && vec.count() == 3) {
        return DelayDistribution.uniform(nanos(vec.nth(1), line), nanos(vec.nth(2), line));
      }
      if (Keyword.intern("exponential").equals(kind) && vec.count() == 2) {
        return DelayDistribution.exponential(nanos(vec.nth(1), line));
      }
    } catch (IllegalArgumentException e) {
      throw error(line, e.getMessage());
    }
    throw error(line, "bad :duration " + edn(v) + " (expected d, [:fixed d], [:uniform lo hi] or [:exponential mean])");
  }

  /** A duration: nanoseconds as an integer, or text such as {@code "20us"} or {@code "5ms"}. */
  private long nanos(Object v, int line) {
    if (v instanceof Long l && l >= 0) return l;
    if (v instanceof String s) {
      Matcher mt = DURATION_TEXT.matcher(s.trim());
      if (mt.matches()) {
        long n = Long.parseLong(mt.group(1));
        return switch (mt.group(2)) {
          case "ns" -> n;
          case "us", "µs" -> n * 1_000;
          case "ms" -> n * 1_000_000;
          default -> n * 1_000_000_000;
        };
      }
    }
    throw error(line, "bad duration " + edn(v) + " (nanoseconds, or text like \"20us\", \"5ms\", \"1s\")");
  }

  /**
   * Skips to the next form and returns its line; returns -1 if the next char is {@code closer}
   * (consumed); {@code eofMessage} if the text ends first.
   */
  private int startOfForm(String eofMessage, char closer) throws IOException {
    int c = skipBlank();
    if (c == -1) throw error(in.getLineNumber(), eofMessage);
    if (closer != 0 && c == closer) return -1;
    in.unread(c);
    return in.getLineNumber();
  }

  private Object form(int line) {
    try {
      return EdnReader.read(in, OPTS);
    } catch (StackOverflowError e) {
      throw error(line, "malformed EDN: nested too deeply");
    } catch (RuntimeException e) {
      throw error(line, "malformed EDN: " + rootMessage(e));
    }
  }

  private int skipBlank() throws IOException {
    while (true) {
      int c = in.read();
      if (c == ';') {
        while (c != -1 && c != '\n') c = in.read();
      }
      if (c == -1) return -1;
      if (!Character.isWhitespace(c) && c != ',') return c;
    }
  }

  private BadInput error(int line, String message) {
    return new BadInput(source + ":" + line + ": " + message);
  }

  /** A value for a message, cut to 80 chars; one nested too deeply to print (it was read) is named so. */
  private static String edn(Object v) {
    String s;
    try {
      s = RT.printString(v);
    } catch (StackOverflowError e) {
      return "a value nested too deeply to show";
    }
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.split("\n", 2)[0];
  }
}
