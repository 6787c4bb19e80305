package minotaur.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.EdnReader;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import clojure.lang.PersistentHashSet;
import clojure.lang.PersistentVector;
import java.io.PushbackReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The writer's direct printing and the reader's fast path are shortcuts around Clojure's printer
 * and EDN reader: on random ops (seeded) they must give exactly what Clojure gives.
 */
class OpPrintParseTest {
  private static final long SEED = 20240611L;
  private static final Object[] ATOMS = {
      null, true, false, 0L, -0L, 7L, -42L, Long.MAX_VALUE, Long.MIN_VALUE, 999999999999999999L,
      1.5, -0.0, 1e300, Keyword.intern("a"), Keyword.intern("ns", "k"), Keyword.intern("x-y?"),
      "", "plain", "quote\"d", "tab\tnew\nline", "back\\slash", "unicode é ∀", "#{:a}", "[1 2]",
      new java.math.BigInteger("123456789012345678901234567890"),
  };

  private static Object value(Random r, int depth) {
    int k = r.nextInt(depth > 2 ? 1 : 10);
    switch (k) {
      case 7: {
        List<Object> l = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) l.add(value(r, depth + 1));
        return PersistentVector.create(l);
      }
      case 8:
        return PersistentArrayMap.EMPTY.assoc(Keyword.intern("k"), value(r, depth + 1));
      case 9:
        return PersistentHashSet.create(value(r, depth + 1));
      default:
        return ATOMS[r.nextInt(ATOMS.length)];
    }
  }

  private static Op op(Random r) {
    Object process = r.nextInt(10) == 0 ? Op.NEMESIS : r.nextInt(100);
    Op.Type type = Op.Type.values()[r.nextInt(4)];
    Keyword f = r.nextInt(20) == 0 ? null : Keyword.intern(new String[] {"read", "write", "cas", "txn"}[r.nextInt(4)]);
    Op op = new Op(process, type, f, value(r, 0), r.nextBoolean() ? Op.ABSENT : r.nextLong() >>> 1,
        r.nextBoolean() ? Op.ABSENT : r.nextInt(1_000_000), null);
    if (r.nextInt(4) == 0) op = op.with("error", value(r, 1));
    return op;
  }

  private static Op readWithClojure(String line) {
    return Edn.opFromMap(EdnReader.read(new PushbackReader(new StringReader(line)), PersistentArrayMap.EMPTY));
  }

  @Test
  void directPrintingEqualsClojuresPrinter() {
    Random r = new Random(SEED);
    for (int i = 0; i < 5_000; i++) {
      Op op = op(r);
      StringBuilder sb = new StringBuilder();
      HistoryWriter.print(op, sb);
      assertEquals(Edn.print(op.toMap()), sb.toString(), "seed " + SEED + ", op " + i);
    }
  }

  @Test
  void fastPathParsesWhatClojureParsesOrDeclines() {
    Random r = new Random(SEED);
    FastOpParser fast = new FastOpParser();
    int taken = 0;
    for (int i = 0; i < 5_000; i++) {
      Op op = op(r);
      String line = Edn.print(op.toMap());
      Op expected = readWithClojure(line);
      assertEquals(op, expected);
      char[] text = ("  " + line + " ").toCharArray();
      Op got = fast.parse(text, 2, 2 + line.length());
      if (got != null) {
        taken++;
        assertEquals(expected, got, "seed " + SEED + ", line " + line);
        assertEquals(expected.toString(), got.toString());
      }
    }
    assertTrue(taken > 1_000, "fast path taken only " + taken + " times");
  }

  @Test
  void fastPathDeclinesWhatItDoesNotKnow() {
    FastOpParser fast = new FastOpParser();
    for (String s : new String[] {
        "{:type :ok, :process 1, :value 1.5}", "{:type :ok, :process 1, :value 1N}",
        "{:type :ok, :process 1, :value 0123}", "{:type :ok, :process 1, :value +1}",
        "{:type :ok, :process 1, :value 1234567890123456789}", "{:type :ok, :process 1, :value \"a\\\"b\"}",
        "{:type :ok, :process 1, :value {:a 1}}", "{:type :ok, :process 1, :value x}",
        "{:type :ok, :process 1, :type :ok}", "{:type :ok, :process 1 ; comment\n}",
        "{:type :ok, :process 1, :value :a/b}", "{:type :ok, :process 1, :value :a:b}",
        "{:type :ok, :process 1, :value #{}}", "{:type :ok, :process 1, :value [1 (2)]}",
        "{:type :ok :process 1}x",
    }) {
      char[] text = s.toCharArray();
      assertEquals(null, fast.parse(text, 0, text.length), s);
    }
    char[] ok = "{:type :ok,:process 1,:value [nil true false -3 \"é\" :k-2]}".toCharArray();
    assertNotNull(fast.parse(ok, 0, ok.length));
  }
}
