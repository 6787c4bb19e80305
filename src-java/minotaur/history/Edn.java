package minotaur.history;

import clojure.lang.AFn;
import clojure.lang.EdnReader;
import clojure.lang.IPersistentMap;
import clojure.lang.IPersistentVector;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.PersistentHashMap;
import clojure.lang.PersistentHashSet;
import clojure.lang.PersistentVector;
import clojure.lang.LineNumberingPushbackReader;
import clojure.lang.RT;
import clojure.lang.Symbol;
import clojure.lang.TaggedLiteral;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Conversions between ops and EDN data, using Clojure's own printer. */
public final class Edn {
  static final Keyword PROCESS = Keyword.intern("process");
  static final Keyword TYPE = Keyword.intern("type");
  static final Keyword F = Keyword.intern("f");
  static final Keyword VALUE = Keyword.intern("value");
  static final Keyword TIME = Keyword.intern("time");
  static final Keyword INDEX = Keyword.intern("index");

  /** Reader options: tagged literals such as {@code #knossos.model.CASRegister{...}} keep their tag. */
  private static final IPersistentMap READ_OPTS = PersistentArrayMap.EMPTY
      .assoc(Keyword.intern("default"), new AFn() {
        @Override
        public Object invoke(Object tag, Object value) {
          return TaggedLiteral.create((Symbol) tag, value);
        }
      });

  private Edn() {}

  /**
   * Reads one EDN value from a file (e.g. a checker's result map), keeping unknown tagged
   * literals as {@link clojure.lang.TaggedLiteral}s so they print back as they were written.
   *
   * @throws HistoryException for a missing file or malformed EDN, naming the file
   */
  public static Object readFile(Path path) {
    String text;
    try {
      text = Files.readString(path);
    } catch (NoSuchFileException e) {
      throw new HistoryException(path.toString(), 0, "no such file");
    } catch (IOException e) {
      throw new HistoryException(path.toString(), 0, "cannot read: " + e.getMessage());
    }
    return read(text, path.toString());
  }

  /** Reads one EDN value from text; {@code source} names it in errors. */
  public static Object read(String text, String source) {
    LineNumberingPushbackReader r = new LineNumberingPushbackReader(new StringReader(text));
    try {
      Object value = EdnReader.read(r, READ_OPTS);
      if (deeperThan(value, FormScanner.MAX_DEPTH)) {
        // Read on a large stack, it would still overflow whoever prints or hashes it later.
        throw new HistoryException(source, firstLine(text), "malformed EDN: nested deeper than "
            + FormScanner.MAX_DEPTH + " levels");
      }
      return value;
    } catch (HistoryException e) {
      throw e;
    } catch (StackOverflowError e) {
      // Clojure's reader recurses per nesting level; no result or option value nests this deep.
      throw new HistoryException(source, Math.max(1, r.getLineNumber()), "malformed EDN: nested too deeply");
    } catch (RuntimeException e) {
      Throwable t = e;
      while (t.getCause() != null && t.getCause() != t) t = t.getCause();
      String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().split("\n", 2)[0];
      int lines = (int) text.lines().count();
      throw new HistoryException(source, Math.min(r.getLineNumber(), Math.max(1, lines)), "malformed EDN: " + m);
    }
  }

  /** Whether {@code value} nests collections or tagged literals deeper than {@code max}; iterative. */
  static boolean deeperThan(Object value, int max) {
    ArrayDeque<Object[]> todo = new ArrayDeque<>();
    todo.push(new Object[] {value, 0});
    while (!todo.isEmpty()) {
      Object[] item = todo.pop();
      int depth = (Integer) item[1];
      Object v = item[0];
      Iterable<?> children = v instanceof Map<?, ?> m ? m.entrySet()
          : v instanceof Map.Entry<?, ?> e ? Arrays.asList(e.getKey(), e.getValue())
          : v instanceof TaggedLiteral t ? Arrays.asList(t.form)
          : v instanceof Iterable<?> i ? i : null;
      if (children == null) continue;
      boolean entry = v instanceof Map.Entry;
      int next = entry ? depth : depth + 1;
      if (next > max) return true;
      for (Object c : children) todo.push(new Object[] {c, next});
    }
    return false;
  }

  /** The line the text's first form starts on (after blank and comment lines). */
  private static int firstLine(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (!l.isEmpty() && !l.startsWith(";")) return i + 1;
    }
    return 1;
  }

  /**
   * Java values as EDN data: Integer/Short/Byte become Long, Float becomes Double, Java lists,
   * sets and maps become persistent collections, recursively; so equal EDN values are equal.
   */
  public static Object normalize(Object v) {
    if (v == null || v instanceof Long || v instanceof String || v instanceof Keyword
        || v instanceof Boolean || v instanceof Double) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float fl) return fl.doubleValue();
    if (v instanceof IPersistentVector pv) {
      for (int i = 0; i < pv.count(); i++) {
        Object e = pv.nth(i);
        if (normalize(e) != e) return normalizeList((List<?>) pv);
      }
      return v;
    }
    if (v instanceof clojure.lang.IPersistentCollection) return v;
    if (v instanceof List<?> l) return normalizeList(l);
    if (v instanceof Set<?> s) {
      List<Object> out = new ArrayList<>(s.size());
      for (Object e : s) out.add(normalize(e));
      return PersistentHashSet.create(out);
    }
    if (v instanceof Map<?, ?> m) {
      IPersistentMap out = PersistentHashMap.EMPTY;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out = out.assoc(normalize(e.getKey()), normalize(e.getValue()));
      }
      return out;
    }
    if (v instanceof Object[] arr) return normalizeList(List.of(arr));
    return v;
  }

  private static Object normalizeList(List<?> l) {
    List<Object> out = new ArrayList<>(l.size());
    for (Object e : l) out.add(normalize(e));
    return PersistentVector.create(out);
  }

  /** Prints a value as EDN (Clojure's printer, with readably true). */
  public static String print(Object v) {
    StringWriter w = new StringWriter();
    try {
      RT.print(v, w);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  /** The op as a map with keys in Jepsen's order: type, f, value, process, time, index, extras. */
  static IPersistentMap opToMap(Op op) {
    List<Object> kvs = new ArrayList<>(16);
    kvs.add(TYPE); kvs.add(op.type().keyword());
    kvs.add(F); kvs.add(op.f());
    kvs.add(VALUE); kvs.add(op.value());
    kvs.add(PROCESS); kvs.add(op.process());
    if (op.time() != Op.ABSENT) { kvs.add(TIME); kvs.add(op.time()); }
    if (op.index() != Op.ABSENT) { kvs.add(INDEX); kvs.add(op.index()); }
    for (Object o : op.extra()) {
      Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
      kvs.add(e.getKey()); kvs.add(e.getValue());
    }
    if (kvs.size() <= 16) return new PersistentArrayMap(kvs.toArray());
    return PersistentHashMap.create(kvs.toArray());
  }

  /**
   * An op from an EDN map as Jepsen and Knossos write it.
   *
   * @throws IllegalArgumentException naming what is wrong, for a map that is not an op
   */
  public static Op opFromMap(Object form) {
    if (!(form instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("expected an op map, got " + abbreviate(form));
    }
    Object[] kvs = new Object[2 * m.size()];
    int n = 0;
    for (Map.Entry<?, ?> e : m.entrySet()) {
      kvs[n++] = e.getKey();
      kvs[n++] = e.getValue();
    }
    return opFromEntries(kvs, n);
  }

  /**
   * An op from the first {@code n} elements of alternating keys and values, keys distinct; the
   * one validation shared by the EDN reader's maps and the fast line parser.
   *
   * @throws IllegalArgumentException naming what is wrong, for entries that are not an op
   */
  static Op opFromEntries(Object[] kvs, int n) {
    Object process = null, type = null, f = null, value = null, time = null, index = null;
    boolean hasProcess = false, hasType = false;
    IPersistentMap extra = PersistentArrayMap.EMPTY;
    for (int i = 0; i < n; i += 2) {
      Object k = kvs[i], v = kvs[i + 1];
      if (k == PROCESS) { process = v; hasProcess = true; }
      else if (k == TYPE) { type = v; hasType = true; }
      else if (k == F) f = v;
      else if (k == VALUE) value = v;
      else if (k == TIME) time = v;
      else if (k == INDEX) index = v;
      else extra = extra.assoc(k, v);
    }
    if (!hasType) throw new IllegalArgumentException("op has no :type: " + abbreviate(kvs, n));
    Op.Type t = Op.Type.of(type);
    if (t == null) {
      throw new IllegalArgumentException("unknown :type " + print(type) + " (expected :invoke, :ok, :fail or :info)");
    }
    if (!hasProcess) throw new IllegalArgumentException("op has no :process: " + abbreviate(kvs, n));
    if (!(process instanceof Number || process instanceof Keyword)) {
      throw new IllegalArgumentException("bad :process " + print(process) + " (expected an integer or :nemesis)");
    }
    if (f != null && !(f instanceof Keyword)) {
      throw new IllegalArgumentException("bad :f " + print(f) + " (expected a keyword)");
    }
    return new Op(process, t, (Keyword) f, value, number(TIME, time), number(INDEX, index), extra);
  }

  private static long number(Keyword k, Object v) {
    if (v == null) return Op.ABSENT;
    if (v instanceof Long || v instanceof Integer) return ((Number) v).longValue();
    throw new IllegalArgumentException("bad " + k + " " + print(v) + " (expected an integer)");
  }

  private static String abbreviate(Object[] kvs, int n) {
    return abbreviate(PersistentArrayMap.createAsIfByAssoc(Arrays.copyOf(kvs, n)));
  }

  static String abbreviate(Object form) {
    String s = print(form);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
