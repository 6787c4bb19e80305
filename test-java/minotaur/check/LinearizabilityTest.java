package minotaur.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.EdnReader;
import clojure.lang.Keyword;
import clojure.lang.PersistentArrayMap;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import minotaur.history.BadInput;
import minotaur.history.HistoryReader;
import minotaur.history.Op;
import minotaur.model.Models;
import org.junit.jupiter.api.Test;

/** Verdicts, the result's shape, preprocessing rules and limits of {@link Linearizability}. */
class LinearizabilityTest {
  static List<Op> edn(String text) {
    return HistoryReader.readAll(new StringReader(text), "test");
  }

  static CheckResult check(String model, Object init, List<Op> h) {
    return Linearizability.check(Models.named(model, init), h, CheckOptions.defaults());
  }

  /**
   * {@code n} processes write distinct values concurrently while another reads a value nobody
   * wrote: invalid, but only after trying every subset of the writes (2^n configurations).
   */
  static List<Op> hard(int n) {
    List<Op> h = new ArrayList<>();
    for (int p = 0; p < n; p++) h.add(Op.invoke(p, "write", (long) p));
    h.add(Op.invoke(n, "read", null));
    for (int p = 0; p < n; p++) h.add(Op.ok(p, "write", (long) p));
    h.add(Op.ok(n, "read", -1L));
    return h;
  }

  @Test
  void staleReadIsNotLinearizableAndTheResultHasKnossossShape() {
    CheckResult r = check("cas-register", 0L, edn("""
        {:process 0 :type :invoke :f :write :value 1}
        {:process 0 :type :ok :f :write :value 1}
        {:process 1 :type :invoke :f :read :value nil}
        {:process 1 :type :ok :f :read :value 0}
        """));
    assertEquals(false, r.valid());
    var m = r.toEdn();
    assertEquals(3L, ((clojure.lang.IPersistentMap) m.valAt(Keyword.intern("op"))).valAt(Keyword.intern("index")));
    assertEquals(1L, ((clojure.lang.IPersistentMap) m.valAt(Keyword.intern("previous-ok"))).valAt(Keyword.intern("index")));
    assertEquals(Keyword.intern("wgl"), m.valAt(Keyword.intern("analyzer")));
    assertFalse(((List<?>) m.valAt(Keyword.intern("final-paths"))).isEmpty());
    assertFalse(((List<?>) m.valAt(Keyword.intern("configs"))).isEmpty());
    // Prints as EDN and reads back.
    Object back = EdnReader.readString(r.toString(), PersistentArrayMap.EMPTY.assoc(Keyword.intern("default"),
        new clojure.lang.AFn() {
          @Override
          public Object invoke(Object tag, Object value) {
            return value;
          }
        }));
    assertEquals(false, ((clojure.lang.IPersistentMap) back).valAt(Keyword.intern("valid?")));
    assertTrue(r.summary().startsWith("NOT linearizable"), r.summary());
  }

  @Test
  void concurrentOpsMayTakeEffectInEitherOrder() {
    CheckResult r = check("register", 0L, edn("""
        {:process 0 :type :invoke :f :write :value 1}
        {:process 1 :type :invoke :f :read :value nil}
        {:process 1 :type :ok :f :read :value 1}
        {:process 0 :type :ok :f :write :value 1}
        """));
    assertTrue(r.isValid(), r.toString());
  }

  @Test
  void failedOpsDidNotHappenAndNemesisOpsAreIgnored() {
    CheckResult r = check("cas-register", 0L, edn("""
        {:process :nemesis :type :info :f :start :value nil}
        {:process 0 :type :invoke :f :cas :value [0 5]}
        {:process 0 :type :fail :f :cas :value [0 5]}
        {:process 1 :type :invoke :f :read :value nil}
        {:process 1 :type :ok :f :read :value 0}
        """));
    assertTrue(r.isValid(), r.toString());
  }

  @Test
  void anInfoWriteMayTakeEffectLateOrNever() {
    String prefix = """
        {:process 0 :type :invoke :f :write :value 7}
        {:process 0 :type :info :f :write :value 7}
        {:process 1 :type :invoke :f :read :value nil}
        {:process 1 :type :ok :f :read :value 0}
        {:process 1 :type :invoke :f :read :value nil}
        {:process 1 :type :ok :f :read :value 7}
        """;
    assertTrue(check("register", 0L, edn(prefix)).isValid());
    // Once seen, the write cannot be undone.
    CheckResult r = check("register", 0L, edn(prefix + """
        {:process 1 :type :invoke :f :read :value nil}
        {:process 1 :type :ok :f :read :value 0}
        """));
    assertEquals(false, r.valid(), r.toString());
  }

  @Test
  void anInvokeWithoutCompletionIsCrashed() {
    CheckResult r = check("register", 0L, edn("""
        {:process 0 :type :invoke :f :write :value 3}
        {:process 1 :type :invoke :f :read :value nil}
        {:process 1 :type :ok :f :read :value 3}
        """));
    assertTrue(r.isValid(), r.toString());
  }

  @Test
  void malformedHistoriesAreRejected() {
    BadInput twice = assertThrows(BadInput.class, () -> check("register", 0L, edn("""
        {:process 0 :type :invoke :f :write :value 3}
        {:process 0 :type :invoke :f :write :value 4}
        """)));
    assertTrue(twice.getMessage().contains("index 1"), twice.getMessage());
    BadInput afterCrash = assertThrows(BadInput.class, () -> check("register", 0L, edn("""
        {:process 0 :type :invoke :f :write :value 3}
        {:process 0 :type :info :f :write :value 3}
        {:process 0 :type :invoke :f :read :value nil}
        """)));
    assertTrue(afterCrash.getMessage().contains("never invokes again"), afterCrash.getMessage());
    assertThrows(BadInput.class, () -> check("register", 0L, edn("""
        {:process 0 :type :ok :f :write :value 3}
        """)));
    BadInput unknownF = assertThrows(BadInput.class, () -> check("register", 0L, edn("""
        {:process 0 :type :invoke :f :cas :value [0 1]}
        {:process 0 :type :ok :f :cas :value [0 1]}
        """)));
    assertTrue(unknownF.getMessage().contains(":cas"), unknownF.getMessage());
  }

  @Test
  void kvPartitionsByKeyAndReportsTheKey() {
    CheckResult r = check("kv", null, edn("""
        {:process 0 :type :invoke :f :append :value ["a" "x"]}
        {:process 0 :type :ok :f :append :value ["a" "x"]}
        {:process 1 :type :invoke :f :append :value ["b" "y"]}
        {:process 1 :type :ok :f :append :value ["b" "y"]}
        {:process 1 :type :invoke :f :read :value ["b" nil]}
        {:process 1 :type :ok :f :read :value ["b" "y"]}
        {:process 0 :type :invoke :f :read :value ["a" nil]}
        {:process 0 :type :ok :f :read :value ["a" "xx"]}
        """));
    assertEquals(false, r.valid());
    assertEquals(2, r.partitions());
    assertEquals("a", r.toEdn().valAt(Keyword.intern("key")));
  }

  @Test
  void aHardHistoryIsDecided() {
    CheckResult r = Linearizability.check(Models.named("register", 0L), hard(10), CheckOptions.defaults());
    assertEquals(false, r.valid());
    assertTrue(r.configs() >= 1 << 10, r.summary());
  }

  @Test
  void timeLimitGivesUnknown() {
    CheckResult r = Linearizability.check(Models.named("register", 0L), hard(40),
        CheckOptions.defaults().withTimeLimit(Duration.ofMillis(50)));
    assertTrue(r.isUnknown());
    assertEquals(Keyword.intern("timeout"), r.cause());
  }

  @Test
  void configBudgetGivesUnknown() {
    CheckResult r = Linearizability.check(Models.named("register", 0L), hard(40),
        CheckOptions.defaults().withMaxConfigs(10_000));
    assertEquals(Keyword.intern("max-configs"), r.cause());
    CheckResult bytes = Linearizability.check(Models.named("register", 0L), hard(40),
        CheckOptions.defaults().withMaxBytes(1 << 20));
    assertEquals(Keyword.intern("memory-limit"), bytes.cause());
  }

  @Test
  void cancellableFromAnotherThread() throws Exception {
    Cancellation token = new Cancellation();
    CompletableFuture<CheckResult> running = CompletableFuture.supplyAsync(() ->
        Linearizability.check(Models.named("register", 0L), hard(40), CheckOptions.defaults().withCancellation(token)));
    token.cancel();
    CheckResult r = running.get();
    assertEquals(Keyword.intern("cancelled"), r.cause());
  }
}
