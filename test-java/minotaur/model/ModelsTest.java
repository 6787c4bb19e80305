package minotaur.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.EdnReader;
import clojure.lang.PersistentArrayMap;
import minotaur.history.BadInput;
import minotaur.history.Op;
import org.junit.jupiter.api.Test;

/** Knossos's step semantics of each model, and the registry. */
class ModelsTest {
  static Object edn(String s) {
    return EdnReader.readString(s, PersistentArrayMap.EMPTY);
  }

  static Model run(Model m, Op... ops) {
    for (Op op : ops) m = m.step(op);
    return m;
  }

  @Test
  void registerReadsTheLastWriteAndNilAlways() {
    Model r = Models.named("register", 0L);
    assertEquals(r, r.step(Op.invoke(0, "read", 0L)));
    assertEquals(r, r.step(Op.invoke(0, "read", null)));
    assertTrue(r.step(Op.invoke(0, "read", 1L)).isInconsistent());
    assertEquals(Models.named("register", 5L), r.step(Op.invoke(0, "write", 5)));
  }

  @Test
  void casRegisterComparesWithClojureEquality() {
    Model r = Models.named("cas-register", null);
    assertFalse(r.step(Op.invoke(0, "read", null)).isInconsistent());
    Model one = run(r, Op.invoke(0, "write", 1L));
    assertEquals(Models.named("cas-register", 2L), one.step(Op.invoke(0, "cas", edn("[1 2]"))));
    Model bad = one.step(Op.invoke(0, "cas", edn("[0 2]")));
    assertEquals("can't CAS 1 from 0 to 2", ((Inconsistent) bad).message());
    assertEquals("can't read 3 from register 1", ((Inconsistent) one.step(Op.invoke(0, "read", 3L))).message());
  }

  @Test
  void mutexNeedsFreeToAcquireAndHeldToRelease() {
    Model m = Models.named("mutex", null);
    assertTrue(m.step(Op.invoke(0, "release", null)).isInconsistent());
    Model held = m.step(Op.invoke(0, "acquire", null));
    assertTrue(held.step(Op.invoke(1, "acquire", null)).isInconsistent());
    assertEquals(m, held.step(Op.invoke(0, "release", null)));
  }

  @Test
  void multiRegisterAppliesTransactionsAndPartitionsSingleKeyOnes() {
    MultiRegister m = (MultiRegister) Models.named("multi-register", edn("{:x 0 :y 0}"));
    Model after = m.step(Op.invoke(0, "txn", edn("[[:write :x 2] [:read :x 2] [:read :y nil]]")));
    assertEquals(new MultiRegister((clojure.lang.IPersistentMap) edn("{:x 2 :y 0}")), after);
    assertTrue(m.step(Op.invoke(0, "txn", edn("[[:read :y 1]]"))).isInconsistent());
    assertEquals(edn(":x"), m.keyOf(Op.invoke(0, "txn", edn("[[:read :x 1] [:write :x 2]]"))));
    assertEquals(null, m.keyOf(Op.invoke(0, "txn", edn("[[:read :x 1] [:write :y 2]]"))));
  }

  @Test
  void setQueuesAndKv() {
    Model s = run(Models.named("set", null), Op.invoke(0, "add", 1L), Op.invoke(0, "add", 2L));
    assertFalse(s.step(Op.invoke(0, "read", edn("#{1 2}"))).isInconsistent());
    assertTrue(s.step(Op.invoke(0, "read", edn("#{1}"))).isInconsistent());

    Model u = run(Models.named("unordered-queue", null), Op.invoke(0, "enqueue", 1L), Op.invoke(0, "enqueue", 2L));
    assertFalse(u.step(Op.invoke(0, "dequeue", 2L)).isInconsistent());
    assertTrue(u.step(Op.invoke(0, "dequeue", 3L)).isInconsistent());

    Model q = run(Models.named("fifo-queue", null), Op.invoke(0, "enqueue", 1L), Op.invoke(0, "enqueue", 2L));
    assertTrue(q.step(Op.invoke(0, "dequeue", 2L)).isInconsistent());
    assertEquals(Models.named("fifo-queue", edn("[2]")), q.step(Op.invoke(0, "dequeue", 1L)));
    assertTrue(Models.named("fifo-queue", null).step(Op.invoke(0, "dequeue", 1L)).isInconsistent());

    Model kv = run(Models.named("kv", null), Op.invoke(0, "append", edn("[\"k\" \"a\"]")),
        Op.invoke(0, "append", edn("[\"k\" \"b\"]")));
    assertFalse(kv.step(Op.invoke(0, "read", edn("[\"k\" \"ab\"]"))).isInconsistent());
    assertFalse(kv.step(Op.invoke(0, "read", edn("[\"j\" \"\"]"))).isInconsistent());
    assertTrue(kv.step(Op.invoke(0, "read", edn("[\"k\" \"a\"]"))).isInconsistent());
    KvKey k = (KvKey) ((KeyedModel) kv).restrict("k");
    assertFalse(k.step(Op.invoke(0, "read", edn("[\"k\" \"ab\"]"))).isInconsistent());
  }

  @Test
  void kvKeyHashesAppendsIncrementallyLikeAFreshString() {
    Model k = new KvKey("k", "");
    k = run(k, Op.invoke(0, "append", edn("[\"k\" \"x 1 0 y\"]")), Op.invoke(0, "append", edn("[\"k\" \"x 2 0 y\"]")));
    KvKey fresh = new KvKey("k", "x 1 0 yx 2 0 y");
    assertEquals(fresh, k);
    assertEquals(fresh.hashCode(), k.hashCode());
    assertFalse(k.equals(new KvKey("k", "x 2 0 yx 1 0 y")));
    // Equal strings built from different appends are equal states; reads see the whole string.
    Model split = run(new KvKey("k", "x 1"), Op.invoke(0, "append", edn("[\"k\" \" 0 yx 2\"]")),
        Op.invoke(0, "append", edn("[\"k\" \"\"]")), Op.invoke(0, "append", edn("[\"k\" \" 0 y\"]")));
    assertEquals(k, split);
    assertEquals(k.hashCode(), split.hashCode());
    assertFalse(split.step(Op.invoke(0, "read", edn("[\"k\" \"x 1 0 yx 2 0 y\"]"))).isInconsistent());
    assertTrue(split.step(Op.invoke(0, "read", edn("[\"k\" \"x 1 0 yx 2 0 z\"]"))).isInconsistent());
    assertTrue(split.step(Op.invoke(0, "read", edn("[\"k\" \"x 1 0 yx 2 0\"]"))).isInconsistent());
    assertEquals("\"k\" \"x 1 0 yx 2 0 y\"", split.toString());
    assertEquals(null, split.stepIfConsistent(Op.invoke(0, "read", edn("[\"k\" \"x\"]"))));
    assertEquals(split, split.stepIfConsistent(Op.invoke(0, "read", edn("[\"k\" nil]"))));
    assertEquals(null, Models.named("register", 0L).stepIfConsistent(Op.invoke(0, "read", 1L)));
  }

  @Test
  void readOnlyOpsAreDeclaredAndWritesOfTheCurrentValueAreNot() {
    Model r = Models.named("register", 0L);
    assertTrue(r.preservesState(Op.invoke(0, "read", 0L)));
    assertFalse(r.preservesState(Op.invoke(0, "write", 0L)));
    Model cas = Models.named("cas-register", 0L);
    assertTrue(cas.preservesState(Op.invoke(0, "cas", edn("[1 1]"))));
    assertFalse(cas.preservesState(Op.invoke(0, "cas", edn("[0 1]"))));
    assertFalse(cas.preservesState(Op.invoke(0, "cas", 3L)));
    assertTrue(Models.named("multi-register", null).preservesState(Op.invoke(0, "txn", edn("[[:read :x 1] [:read :y nil]]"))));
    assertFalse(Models.named("multi-register", null).preservesState(Op.invoke(0, "txn", edn("[[:read :x 1] [:write :y 2]]"))));
    assertFalse(Models.named("mutex", null).preservesState(Op.invoke(0, "acquire", null)));
    assertFalse(Models.named("fifo-queue", null).preservesState(Op.invoke(0, "dequeue", 1L)));
  }

  @Test
  void equalStatesAreEqual() {
    assertEquals(Models.named("register", 1L), Models.named("register", 1));
    assertEquals(Models.named("register", 1L).hashCode(), Models.named("register", 1).hashCode());
    assertEquals(Models.named("kv", null), Models.named("kv", null).step(Op.invoke(0, "write", edn("[\"k\" \"\"]"))));
  }

  @Test
  void unknownNamesAndOpsAreBadInput() {
    BadInput e = assertThrows(BadInput.class, () -> Models.named("stack", null));
    assertTrue(e.getMessage().contains("cas-register") && e.getMessage().contains("fifo-queue"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Models.named("mutex", null).step(Op.invoke(0, "read", null)));
    assertThrows(BadInput.class, () -> Models.named("multi-register", 3L));
  }
}
